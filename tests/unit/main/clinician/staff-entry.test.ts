import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashPin, pinMatches } from '../../../../src/main/clinician/pin-hash';
import { appUnderTest } from '../../../support/app-under-test';
import { clinicFile } from '../../../support/clinic-file';
import { managedSettingsFile } from '../../../support/managed-settings-file';
import { STAFF_PIN, STAFF_PIN_HASH } from '../../../support/staff-pin';
import { makeTempDir } from '../../../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const writeClinic = (file: string) => writeFileSync(path.join(dir, 'clinic.json'), file);
const writeManaged = (file: string) => writeFileSync(path.join(dir, 'managed-settings.json'), file);
const savedPin = () =>
  (
    JSON.parse(readFileSync(path.join(dir, 'clinic.json'), 'utf8')) as {
      clinician: { pin: unknown };
    }
  ).clinician.pin;

/** Everything that would let someone at the screen into staff mode is refused, and no PIN is saved. */
async function expectStaffModeShut(app: Awaited<ReturnType<typeof appUnderTest>>) {
  expect(await app.call('getStartupInfo')).toMatchObject({
    ok: true,
    value: { persistence: { mode: 'kiosk' }, staffModeOffered: false },
  });
  expect(await app.call('clinicianSetPin', { pin: '739204' })).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
  expect(await app.call('clinicianUnlock', { pin: '739204' })).toEqual({
    ok: true,
    value: { outcome: 'no-pin-set' },
  });
  expect(await app.call('clinicianStatus')).toMatchObject({
    ok: true,
    value: { pinSet: false, unlocked: false },
  });
  expect(await app.call('clinicianGetSettings')).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
  expect(await app.call('clinicianCloseApp')).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
  expect(app.closed()).toBe(0);
  expect(savedPin()).toBeNull();
}

describe('staff mode on a kiosk with no PIN', () => {
  it('stays shut on a kiosk the clinic set up: nobody at the screen can choose the first PIN', async () => {
    writeClinic(clinicFile({ mode: 'kiosk' }));
    await expectStaffModeShut(await appUnderTest(dir, dir));
  });

  it('stays shut on a kiosk the organization fixed, even though the clinic file says home', async () => {
    writeClinic(clinicFile({ mode: 'home' }));
    writeManaged(managedSettingsFile({ mode: 'kiosk' }));
    await expectStaffModeShut(await appUnderTest(dir, dir));
  });
});

describe("the organization's PIN (clinicianPin in managed-settings.json)", () => {
  it('lets staff in on a kiosk, wins over the PIN set on the computer, and cannot be changed there', async () => {
    writeClinic(clinicFile({ mode: 'home' }, await hashPin('739204')));
    writeManaged(managedSettingsFile({ mode: 'kiosk' }, STAFF_PIN_HASH));
    const app = await appUnderTest(dir, dir);
    expect(await app.call('getStartupInfo')).toMatchObject({
      ok: true,
      value: { persistence: { mode: 'kiosk' }, staffModeOffered: true },
    });
    expect(await app.call('clinicianStatus')).toMatchObject({
      ok: true,
      value: { pinSet: true, pinManaged: true, unlocked: false },
    });
    expect(await app.call('clinicianUnlock', { pin: '739204' })).toEqual({
      ok: true,
      value: { outcome: 'wrong-pin', attemptsLeft: 4 },
    });
    expect(await app.call('clinicianUnlock', { pin: STAFF_PIN })).toEqual({
      ok: true,
      value: { outcome: 'unlocked' },
    });
    // Even with staff mode open, the organization's PIN stays; the computer's own is not touched either.
    const before = savedPin();
    expect(await app.call('clinicianSetPin', { pin: '605918' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(savedPin()).toEqual(before);
    await app.call('clinicianLock');
    expect(await app.call('clinicianUnlock', { pin: '605918' })).toEqual({
      ok: true,
      value: { outcome: 'wrong-pin', attemptsLeft: 4 },
    });
  });

  it('is what the tests use: the hash matches the PIN', async () => {
    expect(await pinMatches(STAFF_PIN, STAFF_PIN_HASH)).toBe(true);
  });
});

describe('a kiosk that had its PIN set before it became one', () => {
  it('offers staff mode and lets staff in with that PIN', async () => {
    writeClinic(clinicFile({ mode: 'kiosk' }, STAFF_PIN_HASH));
    const app = await appUnderTest(dir, dir);
    expect(await app.call('getStartupInfo')).toMatchObject({
      ok: true,
      value: { staffModeOffered: true },
    });
    expect(await app.call('clinicianStatus')).toMatchObject({
      ok: true,
      value: { pinSet: true, pinManaged: false },
    });
    expect(await app.call('clinicianUnlock', { pin: STAFF_PIN })).toEqual({
      ok: true,
      value: { outcome: 'unlocked' },
    });
  });
});

describe('a home computer with no PIN', () => {
  it('offers staff mode and asks for a first PIN, refusing one too easy to guess', async () => {
    const app = await appUnderTest(dir, dir);
    expect(await app.call('getStartupInfo')).toMatchObject({
      ok: true,
      value: { persistence: { mode: 'home' }, staffModeOffered: true },
    });
    expect(await app.call('clinicianStatus')).toMatchObject({
      ok: true,
      value: { pinSet: false, pinManaged: false, unlocked: false },
    });
    for (const pin of ['123456', '000000', '121212'])
      expect(await app.call('clinicianSetPin', { pin })).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
    expect(savedPin()).toBeNull();
    expect(await app.call('clinicianSetPin', { pin: STAFF_PIN })).toMatchObject({
      ok: true,
      value: { pinSet: true, pinManaged: false, unlocked: true },
    });
  });
});
