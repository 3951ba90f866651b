import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appUnderTest } from '../../support/app-under-test';
import { CLINIC_CONTACT } from '../../support/clinic-contact';
import { clinicFile } from '../../support/clinic-file';
import { STAFF_PIN, STAFF_PIN_HASH } from '../../support/staff-pin';
import { makeTempDir } from '../../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const startApp = async (settings: Parameters<typeof clinicFile>[0]) => {
  writeFileSync(path.join(dir, 'clinic.json'), clinicFile(settings, STAFF_PIN_HASH));
  return appUnderTest(dir, dir);
};

describe('a kiosk whose clinic has not entered its name and numbers', () => {
  it('starts no patient session, names what is missing, and takes no answers until staff enter them', async () => {
    const app = await startApp({ mode: 'kiosk', clinicName: 'North Clinic' });
    const blocked = { allowed: false, missingSettings: ['phoneOfficeHours', 'phoneAfterHours'] };
    expect(await app.call('getStartupInfo')).toMatchObject({
      ok: true,
      value: { persistence: { mode: 'kiosk' }, sessionStart: blocked },
    });
    expect(await app.call('getSessionStart')).toEqual({ ok: true, value: blocked });
    // Whatever the page does, main keeps no patient's answers; staff may still switch the language.
    expect(await app.call('updateSession', { firstName: 'Ana' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await app.call('updateSession', { protocolId: 'example-car-t' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await app.call('updateSession', { language: 'es' })).toMatchObject({
      ok: true,
      value: { language: 'es', firstName: '' },
    });

    expect(await app.call('clinicianUnlock', { pin: STAFF_PIN })).toEqual({
      ok: true,
      value: { outcome: 'unlocked' },
    });
    const settings = await app.call('clinicianGetSettings');
    if (!settings.ok) throw new Error('no settings');
    expect(
      await app.call('clinicianSaveSettings', { ...settings.value, ...CLINIC_CONTACT }),
    ).toMatchObject({ ok: true });
    expect(await app.call('getSessionStart')).toEqual({
      ok: true,
      value: { allowed: true, missingSettings: [] },
    });
    expect(await app.call('updateSession', { firstName: 'Ana' })).toMatchObject({
      ok: true,
      value: { firstName: 'Ana' },
    });
  });

  it('with every setting entered, lets a patient start', async () => {
    const app = await startApp({ mode: 'kiosk', ...CLINIC_CONTACT });
    expect(await app.call('getStartupInfo')).toMatchObject({
      ok: true,
      value: { sessionStart: { allowed: true, missingSettings: [] } },
    });
  });
});

describe('a home computer without the clinic’s numbers', () => {
  it('still lets the patient start: the handout says where to find a number instead', async () => {
    const app = await startApp({ mode: 'home' });
    expect(await app.call('getStartupInfo')).toMatchObject({
      ok: true,
      value: {
        sessionStart: {
          allowed: true,
          missingSettings: ['clinicName', 'phoneOfficeHours', 'phoneAfterHours'],
        },
      },
    });
    expect(await app.call('updateSession', { firstName: 'Ana' })).toMatchObject({
      ok: true,
      value: { firstName: 'Ana' },
    });
  });
});
