import { describe, expect, it, vi } from 'vitest';
import {
  guardSession,
  isAllowedRequest,
  type GuardableSession,
} from '../../../../src/main/security/session-guards';

function fakeSession() {
  const handlers: {
    request?: Parameters<GuardableSession['setPermissionRequestHandler']>[0];
    check?: () => boolean;
    beforeRequest?: Parameters<GuardableSession['webRequest']['onBeforeRequest']>[0];
  } = {};
  const session: GuardableSession = {
    setPermissionRequestHandler: (h) => void (handlers.request = h),
    setPermissionCheckHandler: (h) => void (handlers.check = h),
    webRequest: { onBeforeRequest: (h) => void (handlers.beforeRequest = h) },
  };
  return { session, handlers };
}

describe('guardSession', () => {
  it.each([
    'media',
    'notifications',
    'geolocation',
    'clipboard-read',
    'openExternal',
    'fullscreen',
  ])('denies the %s permission', (permission) => {
    const { session, handlers } = fakeSession();
    guardSession(session);
    const callback = vi.fn();
    handlers.request?.({}, permission, callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(handlers.check?.()).toBe(false);
  });

  it.each([
    ['app://gtc/assets/index.js', false],
    ['https://example.com/track.gif', true],
    ['http://127.0.0.1:8080/', true],
    ['wss://example.com/socket', true],
    ['file:///etc/passwd', true],
    ['data:text/html,hi', true],
  ])('request to %s cancelled: %s', (url, cancel) => {
    const { session, handlers } = fakeSession();
    guardSession(session);
    const callback = vi.fn();
    handlers.beforeRequest?.({ url }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel });
  });

  it('treats junk as not allowed', () => expect(isAllowedRequest('::::')).toBe(false));
});
