// Renders resources/icons/icon.svg to the PNG electron-builder makes every platform's icon from (npm run icon).
// Debian's Chromium draws it, as in the tests: nothing is downloaded.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_LAUNCH_OPTIONS } from '../src/chromium-host/launch-options';

const folder = path.resolve(import.meta.dirname, '..', 'resources', 'icons');
const svg = readFileSync(path.join(folder, 'icon.svg'), 'utf8');
const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page
    .locator('svg')
    .screenshot({ path: path.join(folder, 'icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
console.log('Wrote resources/icons/icon.png');
