import type { Page } from 'playwright-core';
import type { RendererData } from '../main/platform/renderer-data';

/** The Chromium host's stand-in for Electron's session clearing: the DevTools protocol clears the same stores. */
export function cdpRendererData(origin: () => URL) {
  let page: Page | null = null;
  const data: RendererData & { attach(page: Page): void } = {
    attach(next) {
      page = next;
    },
    async clear() {
      if (!page) return;
      const cdp = await page.context().newCDPSession(page);
      try {
        await cdp.send('Storage.clearDataForOrigin', {
          origin: origin().origin,
          storageTypes: 'all',
        });
        await cdp.send('Network.clearBrowserCache');
      } finally {
        await cdp.detach();
      }
    },
  };
  return data;
}
