import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashPin } from '../../../../src/main/clinician/pin-hash';
import {
  CLINIC_FORMAT,
  openClinicConfig,
  type ClinicConfigStore,
} from '../../../../src/main/store/clinic-config';
import { DEFAULT_CLINIC_SETTINGS } from '@shared/schemas/clinic-settings';
import { clinicFile } from '../../../support/clinic-file';
import { confStore } from '../../../support/conf-store';
import { lockFolder, PERMISSIONS_DO_NOT_STOP_READING } from '../../../support/locked-folder';
import { makeTempDir } from '../../../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const file = () => path.join(dir, 'clinic.json');
const onDisk = () => JSON.parse(readFileSync(file(), 'utf8')) as Record<string, unknown>;
const copiesAside = () => readdirSync(dir).filter((name) => name !== 'clinic.json');

/** A clinic file as a later release might write it: a format this release does not know, the settings still where they were. */
async function newerKioskFile(): Promise<{ text: string; pin: unknown }> {
  const pin = { pin: await hashPin('482913'), failedAttempts: 2, lockedUntil: null };
  const text = JSON.stringify({
    formatVersion: 99,
    settings: { ...DEFAULT_CLINIC_SETTINGS, mode: 'kiosk', newThing: true },
    clinician: pin,
    somethingNew: [],
  });
  return { text, pin };
}

describe('a clinic file set aside keeps what the computer is', () => {
  it('a kiosk whose file is from a newer release stays a kiosk with its PIN, and says what it kept', async () => {
    const { text, pin } = await newerKioskFile();
    writeFileSync(file(), text);
    const clinic = openClinicConfig(confStore(dir));
    expect(clinic.notice).toMatchObject({
      store: 'clinic',
      problem: 'newer-version',
      salvaged: ['mode', 'pin'],
      memoryOnly: false,
    });
    expect(clinic.needsAttention()).toBe(false);
    expect(clinic.settings().mode).toBe('kiosk');
    expect(clinic.current().clinician).toEqual(pin);
    expect(onDisk()).toMatchObject({
      formatVersion: CLINIC_FORMAT,
      attention: null,
      settings: { mode: 'kiosk' },
      clinician: pin,
    });
    expect(readFileSync(clinic.notice?.backupPath as string, 'utf8')).toBe(text);
  });

  it("keeps the clinic's name and numbers that still pass today's schema, so a kiosk can go on starting sessions", () => {
    const settings = {
      mode: 'kiosk',
      clinicName: 'North Clinic',
      phoneOfficeHours: '555-0100',
      phoneAfterHours: 'x'.repeat(100_000),
      address: 42,
    };
    writeFileSync(
      file(),
      JSON.stringify({
        formatVersion: 99,
        settings,
        clinician: { pin: null, failedAttempts: 0, lockedUntil: null },
      }),
    );
    const clinic = openClinicConfig(confStore(dir));
    expect(clinic.notice).toMatchObject({
      problem: 'newer-version',
      salvaged: ['mode', 'contact'],
    });
    expect(clinic.settings()).toMatchObject({
      mode: 'kiosk',
      clinicName: 'North Clinic',
      phoneOfficeHours: '555-0100',
      phoneAfterHours: '',
      address: '',
    });
  });

  it('a file whose mode can be read but whose PIN cannot keeps the mode only', () => {
    writeFileSync(
      file(),
      JSON.stringify({
        formatVersion: 4,
        settings: { mode: 'home' },
        clinician: { pin: 'hunter2' },
      }),
    );
    const clinic = openClinicConfig(confStore(dir));
    expect(clinic.notice).toMatchObject({ problem: 'invalid', salvaged: ['mode'] });
    expect(clinic.needsAttention()).toBe(false);
    expect(clinic.settings().mode).toBe('home');
    expect(clinic.current().clinician.pin).toBeNull();
  });

  it('a damaged file leaves the computer needing attention, and a restart does not forget it', () => {
    writeFileSync(file(), clinicFile({ mode: 'kiosk' }).slice(0, 60));
    const first = openClinicConfig(confStore(dir));
    expect(first.notice).toMatchObject({ problem: 'unreadable', salvaged: [], memoryOnly: false });
    expect(first.needsAttention()).toBe(true);
    // Were the role forgotten, the fresh file would be a home computer's; it is kept locked down instead.
    expect(first.settings().mode).toBe('kiosk');
    expect(onDisk()).toMatchObject({
      formatVersion: CLINIC_FORMAT,
      attention: { problem: 'unreadable', backupPath: first.notice?.backupPath },
    });

    const second = openClinicConfig(confStore(dir));
    expect(second.notice).toBeNull();
    expect(second.needsAttention()).toBe(true);
    expect(second.current().attention).toMatchObject({
      problem: 'unreadable',
      backupPath: first.notice?.backupPath,
    });
  });

  it('staff saving the settings confirm the role and end the attention', () => {
    writeFileSync(file(), '{ "formatVersion": 4, ');
    const clinic = openClinicConfig(confStore(dir));
    clinic.update((config) => ({
      ...config,
      settings: { ...config.settings, mode: 'home' },
      attention: null,
    }));
    expect(clinic.needsAttention()).toBe(false);
    const again = openClinicConfig(confStore(dir));
    expect(again.needsAttention()).toBe(false);
    expect(again.settings().mode).toBe('home');
  });

  it.each([
    ['null', 'null'],
    ['an array', '[]'],
    ['a string', '"kiosk"'],
    ['a number', '42'],
    ['an empty object', '{}'],
  ])(
    'a file holding %s is set aside with a message, never taken for a first start',
    (_name, content) => {
      writeFileSync(file(), content);
      const clinic = openClinicConfig(confStore(dir));
      expect(clinic.notice).toMatchObject({
        store: 'clinic',
        problem: 'invalid',
        memoryOnly: false,
      });
      expect(clinic.needsAttention()).toBe(true);
      expect(readFileSync(clinic.notice?.backupPath as string, 'utf8')).toBe(content);
    },
  );

  it('a folder in the place of the file is moved aside with a message', () => {
    mkdirSync(file());
    const clinic = openClinicConfig(confStore(dir));
    expect(clinic.notice).toMatchObject({ problem: 'cannot-open', memoryOnly: false });
    expect(clinic.notice?.detail).toContain('EISDIR');
    expect(clinic.needsAttention()).toBe(true);
    expect(statSync(clinic.notice?.backupPath as string).isDirectory()).toBe(true);
    expect(onDisk()).toMatchObject({ formatVersion: CLINIC_FORMAT });
  });

  it.skipIf(PERMISSIONS_DO_NOT_STOP_READING !== null)(
    `a file the app may not read is moved aside with a message${PERMISSIONS_DO_NOT_STOP_READING ? ` (skipped: ${PERMISSIONS_DO_NOT_STOP_READING})` : ''}`,
    () => {
      writeFileSync(file(), clinicFile({ mode: 'kiosk' }));
      chmodSync(file(), 0o000);
      const clinic = openClinicConfig(confStore(dir));
      expect(clinic.notice).toMatchObject({ problem: 'cannot-open', memoryOnly: false });
      expect(clinic.notice?.detail).toContain('EACCES');
      expect(clinic.needsAttention()).toBe(true);
      expect(existsSync(clinic.notice?.backupPath as string)).toBe(true);
    },
  );

  it('a file that can be neither moved aside nor replaced is left as it is, and the app keeps to memory', async (context) => {
    const { text } = await newerKioskFile();
    writeFileSync(file(), text);
    const locked = lockFolder(dir);
    if ('cannot' in locked) return context.skip(locked.cannot);
    let clinic: ClinicConfigStore;
    try {
      clinic = openClinicConfig(confStore(dir));
    } finally {
      locked.unlock();
    }
    expect(clinic.notice).toMatchObject({
      problem: 'newer-version',
      memoryOnly: true,
      backupPath: file(),
    });
    // Even with its role readable, a computer that cannot keep its settings waits for staff.
    expect(clinic.needsAttention()).toBe(true);
    // Once the folder can be written again (someone fixed it while the app runs), the file that could not be
    // moved aside is still never written over: it would be lost.
    expect(() => clinic.update((config) => config)).toThrow();
    expect(readFileSync(file(), 'utf8')).toBe(text);
    expect(copiesAside()).toEqual([]);
  });

  it('a missing file with a copy set aside beside it is not a first start', () => {
    writeFileSync(file(), clinicFile({ mode: 'kiosk' }).slice(0, 60));
    openClinicConfig(confStore(dir));
    const [copy] = copiesAside();
    // The fresh file is gone (removed by hand, or the app stopped before writing it).
    rmSync(file());
    const clinic = openClinicConfig(confStore(dir));
    expect(clinic.notice).toMatchObject({
      problem: 'missing',
      backupPath: path.join(dir, copy as string),
      memoryOnly: false,
    });
    expect(clinic.needsAttention()).toBe(true);
    expect(copiesAside()).toEqual([copy]);
  });
});

describe('a first start', () => {
  it('is only where there is no file and no copy of one', () => {
    const clinic = openClinicConfig(confStore(dir));
    expect(clinic.notice).toBeNull();
    expect(clinic.needsAttention()).toBe(false);
    expect(clinic.settings().mode).toBe('home');
    expect(onDisk()).toMatchObject({ formatVersion: CLINIC_FORMAT, attention: null });
  });
});
