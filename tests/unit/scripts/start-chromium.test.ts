import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localeText } from '../../support/locale-text';
import { makeTempDir } from '../../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

/** Runs `npm run start:chromium` headless on `dir` and says what the first heading was. */
async function firstHeading(): Promise<string> {
  const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [tsx, 'scripts/start-chromium.ts'],
    {
      env: { ...process.env, GTC_SMOKE_TEST: '1', GTC_DATA_DIR: dir },
      timeout: 60_000,
    },
  );
  return stdout;
}

describe('npm run start:chromium', () => {
  it('opens the built app in Chromium with the bridge to main working', async () => {
    // The welcome heading only appears once startup info, session and protocols came back from main.
    expect(await firstHeading()).toContain(
      `First heading: ${localeText('en', 'app', 'welcome.heading')}`,
    );
  }, 90_000);

  it('opens a kiosk whose clinic file a newer release wrote on the kiosk start screen, never the home welcome', async () => {
    const kiosk = JSON.parse(
      readFileSync(path.resolve('tests/fixtures/clinic-store/format-4.json'), 'utf8'),
    ) as Record<string, unknown>;
    writeFileSync(path.join(dir, 'clinic.json'), JSON.stringify({ ...kiosk, formatVersion: 99 }));
    expect(await firstHeading()).toContain(
      `First heading: ${localeText('en', 'app', 'kiosk.heading')}`,
    );
    // Nothing of a patient is kept: no session file.
    expect(readdirSync(dir).filter((name) => name.startsWith('session'))).toEqual([]);
  }, 90_000);
});
