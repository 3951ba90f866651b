import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

describe('npm run start:chromium', () => {
  it('opens the built app in Chromium with the bridge to main working', async () => {
    const tsx = path.resolve('node_modules/tsx/dist/cli.mjs');
    const { stdout } = await promisify(execFile)(process.execPath, [tsx, 'scripts/start-chromium.ts'], {
      env: { ...process.env, GTC_SMOKE_TEST: '1', GTC_DATA_DIR: dir },
      timeout: 60_000,
    });
    // The welcome heading only appears once startup info, session and protocols came back from main.
    expect(stdout).toContain('First heading: Welcome');
  }, 90_000);
});
