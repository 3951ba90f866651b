import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClinicSettingsSchema, DEFAULT_CLINIC_SETTINGS } from '@shared/schemas/clinic-settings';
import { appUnderTest } from '../../support/app-under-test';
import { CLINIC_CONTACT } from '../../support/clinic-contact';
import { clinicFile } from '../../support/clinic-file';
import { STAFF_PIN, STAFF_PIN_HASH } from '../../support/staff-pin';
import { makeTempDir } from '../../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

describe("the clinic's crisis line setting", () => {
  it('is empty (the US 988 line) until staff enter one, is trimmed, and is refused when too long or not text', () => {
    expect(DEFAULT_CLINIC_SETTINGS.crisisLine).toBe('');
    expect(
      ClinicSettingsSchema.parse({ ...DEFAULT_CLINIC_SETTINGS, crisisLine: ' 116 123 ' })
        .crisisLine,
    ).toBe('116 123');
    expect(
      ClinicSettingsSchema.safeParse({ ...DEFAULT_CLINIC_SETTINGS, crisisLine: 'x'.repeat(201) })
        .success,
    ).toBe(false);
    expect(
      ClinicSettingsSchema.safeParse({ ...DEFAULT_CLINIC_SETTINGS, crisisLine: null }).success,
    ).toBe(false);
  });

  it('reaches the patient page, and a line staff change while the app runs reaches it too', async () => {
    writeFileSync(
      path.join(dir, 'clinic.json'),
      clinicFile({ mode: 'kiosk', ...CLINIC_CONTACT }, STAFF_PIN_HASH),
    );
    const app = await appUnderTest(dir, dir);
    expect(await app.call('getCrisisLine')).toEqual({ ok: true, value: '' });

    expect(await app.call('clinicianUnlock', { pin: STAFF_PIN })).toEqual({
      ok: true,
      value: { outcome: 'unlocked' },
    });
    const settings = await app.call('clinicianGetSettings');
    if (!settings.ok) throw new Error('no settings');
    expect(
      await app.call('clinicianSaveSettings', { ...settings.value, crisisLine: '0800 123 456' }),
    ).toMatchObject({ ok: true });
    expect(await app.call('getCrisisLine')).toEqual({ ok: true, value: '0800 123 456' });
  });
});
