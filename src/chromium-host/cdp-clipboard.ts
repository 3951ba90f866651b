import type { Page } from 'playwright-core';
import type { Clipboard } from '../main/platform/clipboard';

/**
 * The Chromium host's stand-in for Electron's clipboard.clear(): Chromium's own clipboard is emptied from the app's
 * page. The page may not write the clipboard (every permission is denied, as in the app), so the host allows it
 * for that one write and denies it again.
 */
export function cdpClipboard(origin: () => URL) {
  let page: Page | null = null;
  const clipboard: Clipboard & { attach(page: Page): void } = {
    attach(next) {
      page = next;
    },
    async clear() {
      if (!page) return;
      const cdp = await page.context().newCDPSession(page);
      const permission = { permission: { name: 'clipboard-write' }, origin: origin().origin };
      try {
        await cdp.send('Browser.setPermission', { ...permission, setting: 'granted' });
        await page.evaluate('navigator.clipboard.writeText("")');
      } finally {
        await cdp.send('Browser.setPermission', { ...permission, setting: 'denied' });
        await cdp.detach();
      }
    },
  };
  return clipboard;
}
