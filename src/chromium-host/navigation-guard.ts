import type { Page, Response } from 'playwright-core';

/**
 * Makes the Chromium host refuse navigations the way the app's guards do in Electron (security/web-contents-
 * guards.ts): Electron emits will-navigate and will-frame-navigate for every navigation a page starts, its own
 * `location.reload()` included, and the guards cancel them all; a navigation main starts (`webContents.reload`,
 * `loadURL`) emits neither and goes through. Here main's navigations are the host's own `goto` and `reload`; every
 * other navigation request, in any frame, is cancelled before it leaves, so tests see what the app would do.
 *
 * Only document requests are paused (the DevTools protocol's Fetch domain with a Document pattern): a navigation is
 * always one, and the page's scripts, styles and fonts then load without a stop in the test's process each.
 */
export async function guardNavigation(page: Page) {
  // Main's navigation under way, if any: the one navigation request it may make in the main frame.
  let mainNavigation = false;
  const cancelled: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const mainFrameId = frameTree.frame.id;
  cdp.on('Fetch.requestPaused', ({ requestId, request, frameId }) => {
    if (mainNavigation && frameId === mainFrameId) {
      mainNavigation = false;
      void cdp.send('Fetch.continueRequest', { requestId }).catch(() => undefined);
      return;
    }
    cancelled.push(request.url);
    void cdp
      .send('Fetch.failRequest', { requestId, errorReason: 'Aborted' })
      .catch(() => undefined);
  });
  await cdp.send('Fetch.enable', {
    patterns: [{ resourceType: 'Document', requestStage: 'Request' }],
  });
  const asMain = async (navigate: () => Promise<Response | null>) => {
    mainNavigation = true;
    try {
      return await navigate();
    } finally {
      mainNavigation = false;
    }
  };
  return {
    goto: (url: string) => asMain(() => page.goto(url)),
    reload: () => asMain(() => page.reload()),
    /** The addresses of the navigations the page started and the guard cancelled, for tests. */
    cancelled: (): readonly string[] => cancelled,
  };
}
export type NavigationGuard = Awaited<ReturnType<typeof guardNavigation>>;
