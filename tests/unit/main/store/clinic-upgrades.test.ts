import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openClinicConfig } from '../../../../src/main/store/clinic-config';
import { DEFAULT_CLINIC_SETTINGS } from '../../../../src/shared/schemas/clinic-settings';
import { ProtocolSchema } from '../../../../src/shared/protocol/protocol';
import { withSourceKinds } from '../../../../src/shared/schemas/legacy-sources';
import { NOT_YET_REVIEWED } from '../../../../src/shared/schemas/source';
import { confStore } from '../../../support/conf-store';
import { makeTempDir } from '../../../support/temp-dir';

const FORMAT_1 = path.resolve('tests/fixtures/clinic-store/format-1.json');
const FORMAT_2 = path.resolve('tests/fixtures/clinic-store/format-2.json');
const FORMAT_3 = path.resolve('tests/fixtures/clinic-store/format-3.json');
const FORMAT_4 = path.resolve('tests/fixtures/clinic-store/format-4.json');
const FORMAT_5 = path.resolve('tests/fixtures/clinic-store/format-5.json');

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

describe('upgrading the clinic file from format 1 (the first release)', () => {
  it('keeps the settings, drops the copied examples and backs the old file up', () => {
    copyFileSync(FORMAT_1, path.join(dir, 'clinic.json'));
    const clinic = openClinicConfig(confStore(dir));
    expect(clinic.notice).toBeNull();
    expect(clinic.settings()).toEqual({ ...DEFAULT_CLINIC_SETTINGS, defaultLanguage: 'en' });
    expect(clinic.protocols()).toEqual([]);
    expect(JSON.parse(readFileSync(path.join(dir, 'clinic.json'), 'utf8')).formatVersion).toBe(6);
    const backups = readdirSync(dir).filter((name) => name.startsWith('clinic.before-upgrade-from-v1'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(path.join(dir, backups[0] as string), 'utf8')).toBe(readFileSync(FORMAT_1, 'utf8'));
  });

  it('keeps a clinic-written protocol and adds the fields format 2 introduced', () => {
    const v1 = JSON.parse(readFileSync(FORMAT_1, 'utf8'));
    const own = { ...v1.protocols[0], id: 'clinic-own-protocol', isExample: false };
    v1.protocols.push(own);
    v1.settings.defaultLanguage = 'es';
    writeFileSync(path.join(dir, 'clinic.json'), JSON.stringify(v1));

    const clinic = openClinicConfig(confStore(dir));
    expect(clinic.notice).toBeNull();
    expect(clinic.settings().defaultLanguage).toBe('es');
    const [upgraded] = clinic.protocols();
    expect(ProtocolSchema.parse(upgraded)).toEqual(upgraded);
    expect(upgraded?.id).toBe('clinic-own-protocol');
    expect(upgraded?.tests.map((t) => t.category)).toEqual(own.tests.map(() => 'other'));
    expect(upgraded?.questions.map((q) => q.stage)).toEqual(['deciding', 'deciding', 'deciding', 'preparing', 'after-treatment']);
    expect(upgraded?.afterTreatment).toEqual({ warningSigns: [], contacts: [], lifestyle: [], followUp: [] });
    expect(upgraded?.medications).toEqual(withSourceKinds(own.medications));
  });
});

describe('upgrading the clinic file from format 2', () => {
  it("keeps everything and uses the system's default printer until staff choose one", () => {
    copyFileSync(FORMAT_2, path.join(dir, 'clinic.json'));
    const v2 = JSON.parse(readFileSync(FORMAT_2, 'utf8'));
    const clinic = openClinicConfig(confStore(dir));
    expect(clinic.notice).toBeNull();
    expect(clinic.current()).toEqual(withSourceKinds({ ...v2, formatVersion: 6, settings: { ...v2.settings, printer: '', kioskIdleMinutes: 3 }, attention: null }));
    expect(readdirSync(dir).filter((name) => name.startsWith('clinic.before-upgrade-from-v2'))).toHaveLength(1);
  });
});

describe('a first start', () => {
  it('chooses the paper given for this computer, and keeps it once saved', () => {
    const first = openClinicConfig(confStore(dir), { ...DEFAULT_CLINIC_SETTINGS, paperSize: 'a4' });
    expect(first.settings().paperSize).toBe('a4');
    first.update((current) => current);
    expect(openClinicConfig(confStore(dir), { ...DEFAULT_CLINIC_SETTINGS, paperSize: 'letter' }).settings().paperSize).toBe('a4');
  });
});

describe('updating the clinic file', () => {
  it('writes a valid change and refuses an invalid one without writing', () => {
    const clinic = openClinicConfig(confStore(dir));
    clinic.update((current) => ({ ...current, settings: { ...current.settings, clinicName: 'North Clinic' } }));
    expect(openClinicConfig(confStore(dir)).settings().clinicName).toBe('North Clinic');
    const before = readFileSync(path.join(dir, 'clinic.json'), 'utf8');
    expect(() => clinic.update((current) => ({ ...current, settings: { ...current.settings, paperSize: 'a3' as 'a4' } }))).toThrow();
    expect(readFileSync(path.join(dir, 'clinic.json'), 'utf8')).toBe(before);
    expect(clinic.settings().paperSize).toBe('letter');
  });
});

describe('upgrading the clinic file from format 3', () => {
  it('keeps everything, the chosen printer too, and starts the kiosk idle time at its default', () => {
    copyFileSync(FORMAT_3, path.join(dir, 'clinic.json'));
    const v3 = JSON.parse(readFileSync(FORMAT_3, 'utf8'));
    const clinic = openClinicConfig(confStore(dir));
    expect(clinic.notice).toBeNull();
    expect(clinic.current()).toEqual(withSourceKinds({ ...v3, formatVersion: 6, settings: { ...v3.settings, kioskIdleMinutes: DEFAULT_CLINIC_SETTINGS.kioskIdleMinutes }, attention: null }));
    expect(clinic.settings().printer).toBe('Front_Desk_Laser');
    expect(readdirSync(dir).filter((name) => name.startsWith('clinic.before-upgrade-from-v3'))).toHaveLength(1);
  });
});

describe('upgrading the clinic file from format 4', () => {
  it('keeps everything, the kiosk and its PIN too, and nothing needs attention', () => {
    copyFileSync(FORMAT_4, path.join(dir, 'clinic.json'));
    const v4 = JSON.parse(readFileSync(FORMAT_4, 'utf8'));
    const clinic = openClinicConfig(confStore(dir));
    expect(clinic.notice).toBeNull();
    expect(clinic.current()).toEqual(withSourceKinds({ ...v4, formatVersion: 6, attention: null }));
    expect(clinic.settings().mode).toBe('kiosk');
    expect(clinic.current().clinician.pin).not.toBeNull();
    expect(clinic.needsAttention()).toBe(false);
    expect(readdirSync(dir).filter((name) => name.startsWith('clinic.before-upgrade-from-v4'))).toHaveLength(1);
  });
});

/** Every source block under a value, as stored. */
const sourcesIn = (value: unknown): unknown[] =>
  Array.isArray(value) ? value.flatMap(sourcesIn) : typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([key, child]) => (key === 'source' ? [child] : sourcesIn(child))) : [];

describe('upgrading the clinic file from format 5', () => {
  it('keeps every citation, as secondary and not yet reviewed, in the protocols and their saved versions', () => {
    copyFileSync(FORMAT_5, path.join(dir, 'clinic.json'));
    const v5 = JSON.parse(readFileSync(FORMAT_5, 'utf8'));
    const clinic = openClinicConfig(confStore(dir));
    expect(clinic.notice).toBeNull();
    const before = sourcesIn([v5.protocols, v5.history]) as Array<Record<string, unknown>>;
    const after = sourcesIn([clinic.current().protocols, clinic.current().history]);
    expect(before.length).toBeGreaterThan(20);
    // Never taken for primary: the old free text is kept word for word, with the date and the reviewer's note.
    expect(after).toEqual(before.map((old) => ({ kind: 'secondary', ...old, secondaryReason: NOT_YET_REVIEWED })));
    expect(clinic.current().history['north-clinic-subretinal']?.map((v) => v.contentHash)).toEqual(v5.history['north-clinic-subretinal'].map((v: { contentHash: string }) => v.contentHash));
    expect({ ...clinic.current(), protocols: v5.protocols, history: v5.history }).toEqual({ ...v5, formatVersion: 6 });
    expect(readdirSync(dir).filter((name) => name.startsWith('clinic.before-upgrade-from-v5'))).toHaveLength(1);
  });

  it('leaves a source that already says its kind as it is', () => {
    const v5 = JSON.parse(readFileSync(FORMAT_5, 'utf8'));
    const primary = { kind: 'guidance', citation: 'FDA guidance', url: 'https://www.fda.gov/guidance', checkedOn: '2026-12-05' };
    v5.protocols[0].tests[0].source = primary;
    writeFileSync(path.join(dir, 'clinic.json'), JSON.stringify(v5));
    expect(openClinicConfig(confStore(dir)).protocols()[0]?.tests[0]?.source).toEqual(primary);
  });
});
