import type { Page } from 'playwright-core';
import { API_NAMES, BRIDGE_GLOBAL } from '@shared/contract/api-contract';
import type { Invoke } from '../main/ipc/dispatcher';

const BINDING = '__gtcInvoke';

/**
 * Gives a Chromium page the same `window.gtc` the preload gives the Electron page, built from the same
 * contract names. Each call reaches the same dispatcher as Electron's IPC, with the calling frame's URL,
 * so the sender check is exercised too.
 */
export async function bridgePage(page: Page, invoke: Invoke): Promise<void> {
  // Each answer crosses as JSON text that the page parses: Playwright's own serializer walks an answer in JavaScript
  // on both sides, and the lessons are about 0.9 MB. Answers are the contract's plain data, as Electron's IPC carries.
  await page.exposeBinding(BINDING, async (source, name: unknown, args: unknown) =>
    JSON.stringify(
      await invoke(name, Array.isArray(args) ? args : [], {
        url: source.frame.url(),
        isMainFrame: source.frame === source.page.mainFrame(),
      }),
    ),
  );
  // Plain source text rather than a function: a TypeScript loader (tsx) may rewrite a function with helpers
  // that do not exist in the page.
  await page.addInitScript({
    content: `(() => {
      const invoke = async (name, input) => JSON.parse(await window[${JSON.stringify(BINDING)}](name, [input]));
      const names = ${JSON.stringify(API_NAMES)};
      window[${JSON.stringify(BRIDGE_GLOBAL)}] = Object.freeze(Object.fromEntries(names.map((name) => [name, (input) => invoke(name, input)])));
    })();`,
  });
}
