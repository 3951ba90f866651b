import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MANAGED_SETTINGS_KIND } from '@shared/schemas/managed-settings';
import { DEFAULT_CLINIC_SETTINGS } from '@shared/schemas/clinic-settings';
import { appUnderTest } from '../../support/app-under-test';
import { clinicFile } from '../../support/clinic-file';
import { fakeKeyStorage } from '../../support/fake-key-storage';
import { filesContaining } from '../../support/files-containing';
import { lockFolder, PERMISSIONS_DO_NOT_STOP_READING } from '../../support/locked-folder';
import { makeTempDir } from '../../support/temp-dir';
import { managedSettingsFile } from '../../support/managed-settings-file';
import { STAFF_PIN, STAFF_PIN_HASH } from '../../support/staff-pin';
import { CLINIC_CONTACT } from '../../support/clinic-contact';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const NAME = 'Qwyzz Sentinel-Ñúñez';
const clinicJson = () => path.join(dir, 'clinic.json');

/** Files that hold the patient: by name, and the saved answers, which are encrypted and would not show it. */
const patientFiles = () => [
  ...filesContaining(dir, NAME),
  ...(existsSync(path.join(dir, 'session.json')) ? ['session.json'] : []),
];

/** Starts the app on `dir`, lets a patient type a name no file holds, and says how the app started. */
async function startAndType(keys = fakeKeyStorage('protected')) {
  const app = await appUnderTest(dir, dir, keys);
  const startup = await app.call('getStartupInfo');
  if (!startup.ok) throw new Error(`no startup info: ${startup.error.message}`);
  await app.call('updateSession', { firstName: NAME });
  return { app, startup: startup.value };
}

describe('a kiosk whose clinic file is set aside', () => {
  it('stays a kiosk when a newer release wrote the file, and saves nothing of the patient', async () => {
    writeFileSync(
      clinicJson(),
      JSON.stringify({
        formatVersion: 99,
        settings: { ...DEFAULT_CLINIC_SETTINGS, mode: 'kiosk' },
        clinician: { pin: null, failedAttempts: 0, lockedUntil: null },
      }),
    );
    const { startup } = await startAndType();
    expect(startup.role).toBe('kiosk');
    expect(startup.persistence).toMatchObject({ mode: 'kiosk', saving: false });
    expect(startup.notices).toMatchObject([
      { store: 'clinic', problem: 'newer-version', salvaged: ['mode'] },
    ]);
    expect(patientFiles()).toEqual([]);
  });

  it('needs attention when the file is damaged, saves nothing, and still needs it after a restart', async () => {
    writeFileSync(clinicJson(), clinicFile({ mode: 'kiosk' }).slice(0, 80));
    const first = await startAndType();
    expect(first.startup.role).toBe('needs-attention');
    // Its window is locked down as a kiosk's.
    expect(first.app.mode).toBe('kiosk');
    expect(first.startup.persistence).toMatchObject({ mode: 'kiosk', saving: false });
    expect(first.startup.notices).toMatchObject([{ store: 'clinic', problem: 'unreadable' }]);
    expect(patientFiles()).toEqual([]);

    const second = await startAndType();
    expect(second.startup.role).toBe('needs-attention');
    // The staff screen still says what happened and where the copy is.
    expect(second.startup.notices).toMatchObject([
      { problem: 'unreadable', backupPath: first.startup.notices[0]?.backupPath },
    ]);
    expect(patientFiles()).toEqual([]);
    const handout = await second.app.call('saveHandout', { largePrint: false });
    expect(handout).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('runs as staff confirm it after they save the clinic settings, from the next start on', async () => {
    writeFileSync(clinicJson(), '{"formatVersion": 4, "settings": ');
    // The PIN went with the damaged file: an administrator gives staff one through the organization's settings.
    writeFileSync(path.join(dir, 'managed-settings.json'), managedSettingsFile({}, STAFF_PIN_HASH));
    const { app } = await startAndType();
    expect(await app.call('clinicianSetPin', { pin: '731952' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    await app.call('clinicianUnlock', { pin: STAFF_PIN });
    const status = await app.call('clinicianStatus');
    expect(status).toMatchObject({ ok: true, value: { settingsNeedAttention: true } });
    const settings = await app.call('clinicianGetSettings');
    if (!settings.ok) throw new Error('no settings');
    expect(
      await app.call('clinicianSaveSettings', {
        ...settings.value,
        ...CLINIC_CONTACT,
        mode: 'kiosk',
      }),
    ).toMatchObject({ ok: true });
    expect(await app.call('clinicianStatus')).toMatchObject({
      ok: true,
      value: { settingsNeedAttention: false },
    });
    // The role was decided at this start; the confirmed one applies from the next.
    expect(await app.call('getStartupInfo')).toMatchObject({
      ok: true,
      value: { role: 'needs-attention' },
    });
    const next = await startAndType();
    expect(next.startup).toMatchObject({ role: 'kiosk', notices: [] });
  });

  it('follows the organization where it fixed the mode', async () => {
    writeFileSync(clinicJson(), 'damaged');
    writeFileSync(
      path.join(dir, 'managed-settings.json'),
      JSON.stringify({
        kind: MANAGED_SETTINGS_KIND,
        formatVersion: 1,
        settings: { mode: 'kiosk' },
      }),
    );
    const { startup } = await startAndType();
    expect(startup.role).toBe('kiosk');
    expect(patientFiles()).toEqual([]);
  });
});

describe("the organization's settings file (managed-settings.json)", () => {
  const managedJson = () => path.join(dir, 'managed-settings.json');

  it.each([
    ['a typo', managedSettingsFile({ mode: 'kiosk' }).replace('"kiosk"', '"kiosk'), 'JSON'],
    [
      'a mode it does not know',
      JSON.stringify({
        kind: MANAGED_SETTINGS_KIND,
        formatVersion: 1,
        settings: { mode: 'kiosque' },
      }),
      'settings.mode',
    ],
  ])(
    'that could not be used (%s) leaves the role unknown on a home computer: it keeps nothing and asks for staff',
    async (_name, content, named) => {
      writeFileSync(clinicJson(), clinicFile({ mode: 'home' }, STAFF_PIN_HASH));
      writeFileSync(managedJson(), content);
      const { app, startup } = await startAndType();
      expect(startup.role).toBe('needs-attention');
      expect(app.mode).toBe('kiosk');
      expect(startup.persistence).toMatchObject({ mode: 'kiosk', saving: false });
      expect(startup.managedSettingsRefused?.path).toBe(managedJson());
      expect(JSON.stringify(startup.managedSettingsRefused?.problems)).toContain(named);
      expect(patientFiles()).toEqual([]);
      expect(await app.call('saveHandout', { largePrint: false })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
      // Staff still get in with the clinic file's PIN, the only one left.
      expect(startup.staffModeOffered).toBe(true);
      expect(await app.call('clinicianUnlock', { pin: STAFF_PIN })).toMatchObject({
        ok: true,
        value: { outcome: 'unlocked' },
      });
    },
  );

  it.each([
    ['a folder', (file: string) => mkdirSync(file), 'it is a folder, not a file'],
    [
      'a link to itself',
      (file: string) => symlinkSync(path.basename(file), file),
      'the file could not be read (ELOOP)',
    ],
  ])(
    'that is %s, not a file the app can read: the app starts, needing attention, and says why',
    async (_name, place, message) => {
      writeFileSync(clinicJson(), clinicFile({ mode: 'home' }));
      place(managedJson());
      const { startup } = await startAndType();
      expect(startup.role).toBe('needs-attention');
      expect(startup.managedSettingsRefused).toEqual({
        path: managedJson(),
        problems: [{ location: '(whole file)', message }],
      });
      // Its PIN could not be read either, and no one at the screen may choose one.
      expect(startup.staffModeOffered).toBe(false);
      expect(patientFiles()).toEqual([]);
    },
  );

  it.each(['home', 'kiosk'] as const)(
    "that is not there: the clinic file's mode (%s) decides, as before",
    async (mode) => {
      writeFileSync(clinicJson(), clinicFile({ mode, ...CLINIC_CONTACT }));
      const { startup } = await startAndType();
      expect(startup).toMatchObject({ role: mode, managedSettingsRefused: null });
      // At home the answers are saved, encrypted; a kiosk keeps nothing.
      expect(patientFiles()).toEqual(mode === 'home' ? ['session.json'] : []);
    },
  );

  it.each([
    ['kiosk', 'home'],
    ['home', 'kiosk'],
  ] as const)(
    'that fixes the mode (%s): it wins over the clinic file (%s)',
    async (fixed, local) => {
      writeFileSync(clinicJson(), clinicFile({ mode: local, ...CLINIC_CONTACT }));
      writeFileSync(managedJson(), managedSettingsFile({ mode: fixed }));
      const { app, startup } = await startAndType();
      expect(startup).toMatchObject({ role: fixed, managedSettingsRefused: null });
      expect(app.mode).toBe(fixed);
    },
  );
});

describe('a clinic file the app cannot read at all', () => {
  it.each([
    ['null', 'null'],
    ['an array', '[]'],
    ['a string', '"kiosk"'],
    ['a number', '7'],
  ])('holding %s: the app starts, needing attention, and says why', async (_name, content) => {
    writeFileSync(clinicJson(), content);
    const { startup } = await startAndType();
    expect(startup.role).toBe('needs-attention');
    expect(startup.notices).toMatchObject([{ store: 'clinic', problem: 'invalid' }]);
    expect(patientFiles()).toEqual([]);
  });

  it('a folder in its place: the app starts, needing attention, and says why', async () => {
    mkdirSync(clinicJson());
    const { startup } = await startAndType();
    expect(startup.role).toBe('needs-attention');
    expect(startup.notices).toMatchObject([{ store: 'clinic', problem: 'cannot-open' }]);
    expect(patientFiles()).toEqual([]);
  });

  it.skipIf(PERMISSIONS_DO_NOT_STOP_READING !== null)(
    `no permission to read it: the app starts, needing attention, and says why${PERMISSIONS_DO_NOT_STOP_READING ? ` (skipped: ${PERMISSIONS_DO_NOT_STOP_READING})` : ''}`,
    async () => {
      writeFileSync(clinicJson(), clinicFile({ mode: 'kiosk' }));
      chmodSync(clinicJson(), 0o000);
      const { startup } = await startAndType();
      expect(startup.role).toBe('needs-attention');
      expect(startup.notices).toMatchObject([{ store: 'clinic', problem: 'cannot-open' }]);
    },
  );

  it('that cannot be moved aside or replaced: the app starts in memory only, needing attention, and says so', async (context) => {
    writeFileSync(clinicJson(), 'damaged');
    const locked = lockFolder(dir);
    if ('cannot' in locked) return context.skip(locked.cannot);
    try {
      const { startup } = await startAndType();
      expect(startup.role).toBe('needs-attention');
      expect(startup.notices).toMatchObject([
        { store: 'clinic', problem: 'unreadable', memoryOnly: true, backupPath: clinicJson() },
      ]);
      expect(readFileSync(clinicJson(), 'utf8')).toBe('damaged');
    } finally {
      locked.unlock();
    }
    expect(patientFiles()).toEqual([]);
  });
});

describe('a home computer whose clinic file is damaged', () => {
  it("keeps the patient's saved answers on disk, untouched, and adds nothing to them", async () => {
    const keys = fakeKeyStorage('protected');
    const home = await appUnderTest(dir, dir, keys);
    await home.call('updateSession', { firstName: 'Saved Earlier' });
    const saved = readFileSync(path.join(dir, 'session.json'));
    writeFileSync(clinicJson(), '{ "formatVersion": 4, "settings": { "mode": ');
    writeFileSync(path.join(dir, 'managed-settings.json'), managedSettingsFile({}, STAFF_PIN_HASH));

    const { app, startup } = await startAndType(keys);
    expect(startup.role).toBe('needs-attention');
    expect(readFileSync(path.join(dir, 'session.json'))).toEqual(saved);
    await app.call('forgetPatient');
    expect(readFileSync(path.join(dir, 'session.json'))).toEqual(saved);
    expect(filesContaining(dir, NAME)).toEqual([]);

    // Once staff confirm it is a home computer, the patient finds their answers again.
    await app.call('clinicianUnlock', { pin: STAFF_PIN });
    const settings = await app.call('clinicianGetSettings');
    if (!settings.ok) throw new Error('no settings');
    expect(
      await app.call('clinicianSaveSettings', {
        ...settings.value,
        ...CLINIC_CONTACT,
        mode: 'home',
      }),
    ).toMatchObject({ ok: true });
    // Until the restart it still keeps nothing: no handout is saved from it.
    expect(await app.call('saveHandout', { largePrint: false })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const after = await appUnderTest(dir, dir, keys);
    expect(await after.call('getSession')).toMatchObject({
      ok: true,
      value: { firstName: 'Saved Earlier' },
    });
  });
});
