import type { Page } from 'playwright-core';
import { API_NAMES, BRIDGE_GLOBAL } from '../shared/api-contract';
import type { Invoke } from '../main/ipc/dispatcher';

const BINDING = '__gtcInvoke';

/**
 * Gives a Chromium page the same `window.gtc` the preload gives the Electron page, built from the same
 * contract names. Each call reaches the same dispatcher as Electron's IPC, with the calling frame's URL,
 * so the sender check is exercised too.
 */
export async function bridgePage(page: Page, invoke: Invoke): Promise<void> {
  await page.exposeBinding(BINDING, (source, name: unknown, args: unknown) =>
    invoke(name, Array.isArray(args) ? args : [], { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() }),
  );
  await page.addInitScript(
    ({ names, global, binding }) => {
      const target = globalThis as unknown as Record<string, unknown>;
      const call = (name: string, input: unknown) => (target[binding] as (name: string, args: unknown[]) => Promise<unknown>)(name, [input]);
      target[global] = Object.freeze(Object.fromEntries(names.map((name) => [name, (input: unknown) => call(name, input)])));
    },
    { names: API_NAMES, global: BRIDGE_GLOBAL, binding: BINDING },
  );
}
