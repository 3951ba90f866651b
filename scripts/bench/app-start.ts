import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { startChromiumHost } from '../../src/chromium-host/chromium-host';

const root = path.resolve(import.meta.dirname, '../..');
const STARTS = 5;

/** Runs in the page before the app: notes when the app's first heading is put on screen (performance.now()). */
const FIRST_SCREEN_PROBE = `
  const observer = new MutationObserver(() => {
    if (!document.querySelector('#root h1')) return;
    window.firstScreen = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });`;

export interface AppStart {
  /** The scripts the built renderer (out/renderer) loads before its first screen, gzipped (level 9), in bytes. */
  initialJsGzip: number;
  /** Median time from navigation to the first screen's heading, in a new browser context each time (no cache). */
  firstScreenMs: number;
}

/** Opens the built app in Chromium through the Chromium host, as the e2e tests do, and times its first screen. */
export async function measureAppStart(browser: Browser): Promise<AppStart> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'gtc-bench-app-'));
  const host = await startChromiumHost({ appRoot: root, appVersion: '0.0.0-bench', dataDir, saveDir: path.join(dataDir, 'handouts') });
  const times: number[] = [];
  let initialJsGzip = 0;
  try {
    for (let start = 0; start < STARTS; start += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // The first heading the app puts on screen, timed from navigation (performance.now()'s origin).
      await page.addInitScript(FIRST_SCREEN_PROBE);
      const scripts = new Set<string>();
      page.on('request', (request) => {
        if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
      });
      await host.open(page);
      // A function, not a string: the app's CSP allows no eval.
      times.push((await (await page.waitForFunction(() => (globalThis as { firstScreen?: number }).firstScreen)).jsonValue()) as number);
      initialJsGzip = [...scripts].reduce((sum, file) => sum + gzipSync(readFileSync(path.join(root, 'out', 'renderer', file)), { level: 9 }).length, 0);
      await context.close();
    }
  } finally {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { initialJsGzip, firstScreenMs: [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] as number };
}
