import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startChromiumHost } from '../src/chromium-host/chromium-host';
import { CHROMIUM_LAUNCH_OPTIONS } from '../src/chromium-host/launch-options';

/**
 * Opens the built app in the system Chromium, in a visible window, bridged to the same main-process code the
 * Electron app runs. For machines without the Electron binary. Data stays in GTC_DATA_DIR (default
 * .chromium-host-data/); handouts are saved in GTC_SAVE_DIR (default .chromium-host-data/handouts/).
 * With GTC_SMOKE_TEST=1 it starts headless, prints the first heading the app shows, and quits: how the
 * tests check that this command really opens a working app.
 */
const appRoot = path.resolve(import.meta.dirname, '..');
const dataDir = path.resolve(process.env.GTC_DATA_DIR ?? path.join(appRoot, '.chromium-host-data'));
const saveDir = path.resolve(process.env.GTC_SAVE_DIR ?? path.join(dataDir, 'handouts'));
mkdirSync(saveDir, { recursive: true });
const { version } = JSON.parse(readFileSync(path.join(appRoot, 'package.json'), 'utf8')) as {
  version: string;
};

const host = await startChromiumHost({
  appRoot,
  appVersion: version,
  dataDir,
  saveDir,
  onHandoutSaved: (saved) => console.log(`Handout saved: ${saved}`),
  onHandoutPrinted: (printed) => console.log(`Handout printed to ${printed}`),
});
const smoke = process.env.GTC_SMOKE_TEST === '1';
const browser = await chromium.launch({ ...CHROMIUM_LAUNCH_OPTIONS, headless: smoke });
const context = await browser.newContext({ viewport: null });
const page = await context.newPage();
page.on('close', () => {
  void browser.close().then(() => host.close());
});
await host.open(page);
if (smoke) {
  console.log(
    `First heading: ${(await page.locator('h1').first().textContent({ timeout: 15_000 })) ?? '(none)'}`,
  );
  await page.close();
} else {
  console.log(
    `Gene Therapy Companion is open in Chromium. Data: ${dataDir}. Close the window to quit.`,
  );
}
