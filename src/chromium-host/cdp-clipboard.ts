import type { Page } from 'playwright-core';
import type { Clipboard } from '../main/platform/clipboard';
import type { PermissionGuard } from './permission-guard';

/**
 * The Chromium host's stand-in for Electron's clipboard.clear(): Chromium's own clipboard is emptied from the app's
 * page. The page may not write the clipboard (every permission is denied, as in the app), so the host allows it
 * for that one write and denies it again.
 */
export function cdpClipboard() {
  let attached: { page: Page; permissions: PermissionGuard } | null = null;
  const clipboard: Clipboard & { attach(page: Page, permissions: PermissionGuard): void } = {
    attach(page, permissions) {
      attached = { page, permissions };
    },
    async clear() {
      if (!attached) return;
      const { page, permissions } = attached;
      await permissions.grantedFor('clipboard-write', () =>
        page.evaluate('navigator.clipboard.writeText("")'),
      );
    },
  };
  return clipboard;
}
