import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../../src/main/ipc/trusted-sender';
import { APP_ORIGIN } from '../../../../src/main/security/app-origin';

describe('isTrustedSender', () => {
  it.each([
    ['app://gtc/index.html', true],
    ['app://gtc/', true],
    ['app://gtc.evil/index.html', false],
    ['app://evil/index.html', false],
    ['app://user@gtc/index.html', false],
    ['https://gtc/index.html', false],
    ['file:///index.html', false],
    ['http://127.0.0.1:3000/', false],
    ['about:blank', false],
    ['', false],
    ['not a url', false],
  ])('%s → %s', (url, trusted) => {
    expect(isTrustedSender({ url, isMainFrame: true }, APP_ORIGIN)).toBe(trusted);
  });

  it('refuses a sub-frame even on the app origin', () => {
    expect(isTrustedSender({ url: 'app://gtc/index.html', isMainFrame: false }, APP_ORIGIN)).toBe(
      false,
    );
  });
});
