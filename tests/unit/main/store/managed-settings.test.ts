import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MANAGED_SETTINGS_KIND } from '../../../../src/shared/schemas/managed-settings';
import { appUnderTest } from '../../../support/app-under-test';
import { clinicFile } from '../../../support/clinic-file';
import { makeTempDir } from '../../../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const managed = (settings: unknown) => writeFileSync(path.join(dir, 'managed-settings.json'), JSON.stringify({ kind: MANAGED_SETTINGS_KIND, formatVersion: 1, settings }));

describe("settings the organization fixes (managed-settings.json beside the managed pack)", () => {
  it('win over the clinic file: a machine set to kiosk runs as a kiosk, and staff see which settings are fixed', async () => {
    writeFileSync(path.join(dir, 'clinic.json'), clinicFile({ mode: 'home', kioskIdleMinutes: 3 }));
    managed({ mode: 'kiosk', kioskIdleMinutes: 10 });
    const app = await appUnderTest(dir, dir);
    expect(await app.call('getStartupInfo')).toMatchObject({ ok: true, value: { persistence: { mode: 'kiosk' }, kioskIdleMinutes: 10 } });
    await app.call('clinicianSetPin', { pin: '482913' });
    expect(await app.call('clinicianStatus')).toMatchObject({ ok: true, value: { managedSettings: ['mode', 'kioskIdleMinutes'] } });
    // What staff saved on the machine is kept in its file; the fixed value is what runs.
    expect(await app.call('clinicianGetSettings')).toMatchObject({ ok: true, value: { mode: 'home' } });
  });

  it('fix nothing when the file is not valid, and the problem is logged', async () => {
    managed({ mode: 'fortress' });
    const app = await appUnderTest(dir, dir);
    expect(await app.call('getStartupInfo')).toMatchObject({ ok: true, value: { persistence: { mode: 'home' } } });
    expect(app.logged.some((line) => line.includes('managed settings') && line.includes('refused'))).toBe(true);
  });

  it('fix nothing when there is no file', async () => {
    const app = await appUnderTest(dir, dir);
    await app.call('clinicianSetPin', { pin: '482913' });
    expect(await app.call('clinicianStatus')).toMatchObject({ ok: true, value: { managedSettings: [] } });
  });
});
