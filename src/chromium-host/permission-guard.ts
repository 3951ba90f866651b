import type { BrowserContext } from 'playwright-core';

/**
 * Every permission a page can ask Chromium for, as the DevTools protocol names them. Electron's session guards
 * (security/session-guards.ts) deny every permission request and check; the Chromium host sets each of these to
 * "denied" for the app's origin, so a page asking for one sees what it would see in the app.
 */
const PERMISSIONS = [
  'geolocation', 'notifications', 'midi', 'midi-sysex', 'camera', 'microphone', 'background-sync', 'persistent-storage',
  'clipboard-read', 'clipboard-write', 'payment-handler', 'idle-detection', 'screen-wake-lock', 'display-capture',
  'window-management', 'local-fonts', 'storage-access', 'captured-surface-control', 'speaker-selection',
  'keyboard-lock', 'pointer-lock', 'web-app-installation', 'local-network-access',
] as const;

export async function denyPermissions(context: BrowserContext, origin: URL): Promise<void> {
  const cdp = await context.browser()?.newBrowserCDPSession();
  if (!cdp) throw new Error('The Chromium host needs a browser it can reach through the DevTools protocol.');
  try {
    for (const name of PERMISSIONS) {
      // A name this Chromium does not know is refused by the protocol: there is then nothing to deny.
      await cdp.send('Browser.setPermission', { permission: { name }, setting: 'denied', origin: origin.origin }).catch(() => undefined);
    }
  } finally {
    await cdp.detach();
  }
}
