import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appUnderTest } from '../../support/app-under-test';
import { clinicFile } from '../../support/clinic-file';
import { NO_KEY_STORAGE } from '../../../src/main/platform/key-storage';
import { makeTempDir } from '../../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const start = (systemLanguages: readonly string[]) =>
  appUnderTest(dir, dir, NO_KEY_STORAGE, 'linux', undefined, systemLanguages);

describe("the language of the app's first start", () => {
  it("follows the computer's language when the app ships it", async () => {
    const app = await start(['vi-VN', 'en-US']);
    expect(await app.call('getStartupInfo')).toMatchObject({
      ok: true,
      value: { defaultLanguage: 'vi' },
    });
    expect(await app.call('getSession')).toMatchObject({ ok: true, value: { language: 'vi' } });
  });

  it('is English when the computer speaks a language the app does not ship', async () => {
    const app = await start(['fr-FR']);
    expect(await app.call('getStartupInfo')).toMatchObject({
      ok: true,
      value: { defaultLanguage: 'en' },
    });
  });

  it("never overrides the language staff saved, whatever the computer's language", async () => {
    writeFileSync(path.join(dir, 'clinic.json'), clinicFile({ defaultLanguage: 'es' }));
    const app = await start(['vi-VN']);
    expect(await app.call('getStartupInfo')).toMatchObject({
      ok: true,
      value: { defaultLanguage: 'es' },
    });
    expect(await app.call('getSession')).toMatchObject({ ok: true, value: { language: 'es' } });
  });
});
