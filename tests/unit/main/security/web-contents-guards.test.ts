import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { guardWebContents } from '../../../../src/main/security/web-contents-guards';

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  const contents = {
    on: (event: string, listener: (e: { preventDefault(): void }) => void) =>
      emitter.on(event, listener),
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: 'deny' }) => {
      openHandler = handler;
    },
  };
  const fire = (event: string) => {
    const preventDefault = vi.fn();
    emitter.emit(event, { preventDefault });
    return preventDefault;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('guardWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('cancels %s', (event) => {
    const fake = fakeContents();
    guardWebContents(fake.contents);
    expect(fake.fire(event)).toHaveBeenCalledOnce();
  });

  it('refuses to attach a <webview>', () => {
    const fake = fakeContents();
    guardWebContents(fake.contents);
    expect(fake.fire('will-attach-webview')).toHaveBeenCalledOnce();
  });

  it.each(['https://example.com', 'app://gtc/index.html', 'file:///etc/passwd'])(
    'denies window.open(%s)',
    (url) => {
      const fake = fakeContents();
      guardWebContents(fake.contents);
      expect(fake.open(url)).toEqual({ action: 'deny' });
    },
  );
});
