import type { CDPSession, Page } from 'playwright-core';

/**
 * Every permission a page can ask Chromium for, as the DevTools protocol names them. Electron's session guards
 * (security/session-guards.ts) deny every permission request and check; the Chromium host sets each of these to
 * "denied" for the app's origin in the page's browser context, so a page asking sees what it would see in the app.
 */
const PERMISSIONS = [
  'geolocation',
  'notifications',
  'midi',
  'camera',
  'microphone',
  'background-sync',
  'persistent-storage',
  'clipboard-read',
  'clipboard-write',
  'payment-handler',
  'idle-detection',
  'screen-wake-lock',
  'display-capture',
  'window-management',
  'local-fonts',
  'storage-access',
  'captured-surface-control',
  'speaker-selection',
  'keyboard-lock',
  'pointer-lock',
  'web-app-installation',
  'local-network-access',
] as const;

/**
 * Denies every permission to the page, and lets the host itself use one for a moment (the clipboard). Chromium drops
 * the overrides a DevTools session set when that session detaches, so one session holds them for the page's life.
 */
export async function guardPermissions(page: Page, origin: URL) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const { targetInfo } = await cdp.send('Target.getTargetInfo');
  const set = (name: string, setting: 'denied' | 'granted') =>
    cdp.send('Browser.setPermission', {
      permission: { name },
      setting,
      origin: origin.origin,
      browserContextId: targetInfo.browserContextId,
    });
  await Promise.all(PERMISSIONS.map((name) => set(name, 'denied')));
  return {
    /** Runs `use` with `name` granted, then denies it again. */
    async grantedFor<T>(name: (typeof PERMISSIONS)[number], use: () => Promise<T>): Promise<T> {
      await set(name, 'granted');
      try {
        return await use();
      } finally {
        await set(name, 'denied');
      }
    },
  };
}
export type PermissionGuard = Awaited<ReturnType<typeof guardPermissions>>;
