import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CHROMIUM_LAUNCH_OPTIONS,
  PLAYWRIGHT_DISABLED_FEATURES,
} from '../../../src/chromium-host/launch-options';

/** The features the installed Playwright turns off, read from its own source. */
function playwrightDisabledFeatures(): string[] {
  const folder = path.dirname(
    createRequire(import.meta.url).resolve('playwright-core/package.json'),
  );
  const source = readFileSync(path.join(folder, 'lib', 'coreBundle.js'), 'utf8');
  const list = /disabledFeatures = \[([\s\S]*?)\]\.filter\(Boolean\)/.exec(source)?.[1];
  if (list === undefined)
    throw new Error(
      "Playwright's list of disabled Chromium features was not found: read chromiumSwitches.ts again",
    );
  return [...list.replace(/\/\/.*$/gm, '').matchAll(/"([^"]+)"/g)].map((match) => match[1] ?? '');
}

describe('the Chromium launch options', () => {
  it('keep every feature Playwright turns off, since Chromium reads only our --disable-features', () => {
    expect(playwrightDisabledFeatures().length).toBeGreaterThan(5);
    expect([...PLAYWRIGHT_DISABLED_FEATURES].sort()).toEqual(playwrightDisabledFeatures().sort());
    const switches = (CHROMIUM_LAUNCH_OPTIONS.args ?? []).filter((arg) =>
      arg.startsWith('--disable-features='),
    );
    expect(switches).toHaveLength(1);
    const disabled = switches[0]?.slice('--disable-features='.length).split(',') ?? [];
    for (const feature of PLAYWRIGHT_DISABLED_FEATURES) expect(disabled).toContain(feature);
  });
});
