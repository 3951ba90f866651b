import type { Page, Response } from 'playwright-core';

/**
 * Makes the Chromium host refuse navigations the way the app's guards do in Electron (security/web-contents-
 * guards.ts): Electron emits will-navigate and will-frame-navigate for every navigation a page starts, its own
 * `location.reload()` included, and the guards cancel them all; a navigation main starts (`webContents.reload`,
 * `loadURL`) emits neither and goes through. Here main's navigations are the host's own `goto` and `reload`; every
 * other navigation request, in any frame, is cancelled before it leaves, so tests see what the app would do.
 */
export async function guardNavigation(page: Page) {
  // Main's navigation under way, if any: the one navigation request it may make in the main frame.
  let mainNavigation = false;
  const cancelled: string[] = [];
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (!request.isNavigationRequest()) return route.continue();
    if (mainNavigation && request.frame() === page.mainFrame()) {
      mainNavigation = false;
      return route.continue();
    }
    cancelled.push(request.url());
    return route.abort('aborted');
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
