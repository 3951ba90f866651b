import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLINIC_FORMAT, openClinicConfig } from '../../../../src/main/store/clinic-config';
import { CLINIC_UPGRADES } from '../../../../src/main/store/clinic-upgrades';
import { DEFAULT_CLINIC_SETTINGS } from '@shared/schemas/clinic-settings';
import { ProtocolSchema } from '@shared/protocol/protocol';
import { TIMING_READ_AS_DAY, TIMING_READ_AS_SPAN } from '@shared/protocol/timing-kinds-upgrade';
import { CALL_TEAM_REVIEW_NOTE } from '@shared/protocol/warning-sign-levels-upgrade';
import { NOT_YET_REVIEWED } from '@shared/schemas/source';
import { confStore } from '../../../support/conf-store';
import { makeTempDir } from '../../../support/temp-dir';

const FORMAT_1 = path.resolve('tests/fixtures/clinic-store/format-1.json');
const FORMAT_2 = path.resolve('tests/fixtures/clinic-store/format-2.json');
const FORMAT_3 = path.resolve('tests/fixtures/clinic-store/format-3.json');
const FORMAT_4 = path.resolve('tests/fixtures/clinic-store/format-4.json');
const FORMAT_5 = path.resolve('tests/fixtures/clinic-store/format-5.json');

/** What the steps after format 5 make of a format-5 file; each step has its own test below. */
function fromFormat5(v5: Record<string, unknown>): Record<string, unknown> {
  let file = v5;
  for (let version = 5; version < CLINIC_FORMAT; version += 1)
    file = { ...CLINIC_UPGRADES[version]!(file), formatVersion: version + 1 };
  return file;
}

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
    expect(JSON.parse(readFileSync(path.join(dir, 'clinic.json'), 'utf8')).formatVersion).toBe(
      CLINIC_FORMAT,
    );
    const backups = readdirSync(dir).filter((name) =>
      name.startsWith('clinic.before-upgrade-from-v1'),
    );
    expect(backups).toHaveLength(1);
    expect(readFileSync(path.join(dir, backups[0] as string), 'utf8')).toBe(
      readFileSync(FORMAT_1, 'utf8'),
    );
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
    expect(upgraded?.questions.map((q) => q.stage)).toEqual([
      'deciding',
      'deciding',
      'deciding',
      'preparing',
      'after-treatment',
    ]);
    expect(upgraded?.afterTreatment).toEqual({
      warningSigns: [],
      contacts: [],
      lifestyle: [],
      followUp: [],
    });
    expect(upgraded?.medications.map((rule) => rule.id)).toEqual(
      own.medications.map((rule: { id: string }) => rule.id),
    );
  });
});

describe('upgrading the clinic file from format 2', () => {
  it("keeps everything and uses the system's default printer until staff choose one", () => {
    copyFileSync(FORMAT_2, path.join(dir, 'clinic.json'));
    const v2 = JSON.parse(readFileSync(FORMAT_2, 'utf8'));
    const clinic = openClinicConfig(confStore(dir));
    expect(clinic.notice).toBeNull();
    expect(clinic.current()).toEqual(
      fromFormat5({
        ...v2,
        formatVersion: 5,
        settings: { ...v2.settings, printer: '', kioskIdleMinutes: 3 },
        attention: null,
      }),
    );
    expect(
      readdirSync(dir).filter((name) => name.startsWith('clinic.before-upgrade-from-v2')),
    ).toHaveLength(1);
  });
});

describe('a first start', () => {
  it('chooses the paper given for this computer, and keeps it once saved', () => {
    const first = openClinicConfig(confStore(dir), { ...DEFAULT_CLINIC_SETTINGS, paperSize: 'a4' });
    expect(first.settings().paperSize).toBe('a4');
    first.update((current) => current);
    expect(
      openClinicConfig(confStore(dir), {
        ...DEFAULT_CLINIC_SETTINGS,
        paperSize: 'letter',
      }).settings().paperSize,
    ).toBe('a4');
  });
});

describe('updating the clinic file', () => {
  it('writes a valid change and refuses an invalid one without writing', () => {
    const clinic = openClinicConfig(confStore(dir));
    clinic.update((current) => ({
      ...current,
      settings: { ...current.settings, clinicName: 'North Clinic' },
    }));
    expect(openClinicConfig(confStore(dir)).settings().clinicName).toBe('North Clinic');
    const before = readFileSync(path.join(dir, 'clinic.json'), 'utf8');
    expect(() =>
      clinic.update((current) => ({
        ...current,
        settings: { ...current.settings, paperSize: 'a3' as 'a4' },
      })),
    ).toThrow();
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
    expect(clinic.current()).toEqual(
      fromFormat5({
        ...v3,
        formatVersion: 5,
        settings: { ...v3.settings, kioskIdleMinutes: DEFAULT_CLINIC_SETTINGS.kioskIdleMinutes },
        attention: null,
      }),
    );
    expect(clinic.settings().printer).toBe('Front_Desk_Laser');
    expect(
      readdirSync(dir).filter((name) => name.startsWith('clinic.before-upgrade-from-v3')),
    ).toHaveLength(1);
  });
});

describe('upgrading the clinic file from format 4', () => {
  it('keeps everything, the kiosk and its PIN too, and nothing needs attention', () => {
    copyFileSync(FORMAT_4, path.join(dir, 'clinic.json'));
    const v4 = JSON.parse(readFileSync(FORMAT_4, 'utf8'));
    const clinic = openClinicConfig(confStore(dir));
    expect(clinic.notice).toBeNull();
    expect(clinic.current()).toEqual(fromFormat5({ ...v4, formatVersion: 5, attention: null }));
    expect(clinic.settings().mode).toBe('kiosk');
    expect(clinic.current().clinician.pin).not.toBeNull();
    expect(clinic.needsAttention()).toBe(false);
    expect(
      readdirSync(dir).filter((name) => name.startsWith('clinic.before-upgrade-from-v4')),
    ).toHaveLength(1);
  });
});

describe('upgrading the clinic file from format 5, whose timings did not say their kind and whose warning signs had two levels', () => {
  const open = () => {
    copyFileSync(FORMAT_5, path.join(dir, 'clinic.json'));
    const clinic = openClinicConfig(confStore(dir));
    expect(clinic.notice).toBeNull();
    const [protocol] = clinic.protocols();
    const item = (id: string) =>
      [...(protocol?.tests ?? []), ...(protocol?.medications ?? [])].find((i) => i.id === id)!;
    return { clinic, item };
  };

  it('reads "at least … before" as the deadline it is, and leaves its note alone', () => {
    const { item } = open();
    expect(item('retina-exam').timing).toEqual({
      kind: 'by',
      amount: 0,
      unit: 'days',
      relation: 'before',
      keyDate: 'first-eye-surgery',
    });
    expect(item('retina-exam').source.reviewerNote).toBeUndefined();
  });

  it('reads an unclear timing as one exact day, the safe reading, and marks it for staff before any older note', () => {
    const { item } = open();
    expect(item('prednisone-first-eye').timing).toEqual({
      kind: 'on',
      amount: 3,
      unit: 'days',
      relation: 'before',
      keyDate: 'first-eye-surgery',
    });
    expect(item('prednisone-first-eye').source.reviewerNote).toBe(
      `${TIMING_READ_AS_DAY} Dose 1 mg/kg/day, maximum 40 mg; the team sets the dose.`,
    );
    expect(item('eye-pressure-check').timing).toEqual({
      kind: 'on',
      amount: 1,
      unit: 'weeks',
      relation: 'after',
      keyDate: 'first-eye-surgery',
    });
    expect(item('eye-pressure-check').source.reviewerNote).toBe(TIMING_READ_AS_DAY);
  });

  it('reads a medicine to avoid after a key date as the whole span from that date, never as one day', () => {
    const { item } = open();
    expect(item('avoid-eye-makeup').timing).toEqual({
      kind: 'span',
      start: { amount: 0, unit: 'weeks', relation: 'after', keyDate: 'first-eye-surgery' },
      end: { amount: 2, unit: 'weeks', relation: 'after', keyDate: 'first-eye-surgery' },
    });
    expect(item('avoid-eye-makeup').source.reviewerNote).toBe(TIMING_READ_AS_SPAN);
  });

  it('upgrades every saved version too, keeps everything else, and backs the old file up', () => {
    const v5 = JSON.parse(readFileSync(FORMAT_5, 'utf8'));
    const { clinic } = open();
    const [saved] = clinic.current().history['north-clinic-subretinal'] ?? [];
    expect(saved?.protocol.medications.map((rule) => rule.timing.kind)).toEqual(['on', 'on']);
    expect(saved?.contentHash).toBe(v5.history['north-clinic-subretinal'][0].contentHash);
    const { protocols, history, ...rest } = clinic.current();
    const unchanged = Object.fromEntries(
      Object.entries(v5).filter(([key]) => key !== 'protocols' && key !== 'history'),
    );
    expect(rest).toEqual({
      ...unchanged,
      formatVersion: CLINIC_FORMAT,
      settings: { ...v5.settings, crisisLine: '' },
    });
    expect(protocols).toHaveLength(1);
    expect(Object.keys(history)).toEqual(['north-clinic-subretinal']);
    expect(
      readdirSync(dir).filter((name) => name.startsWith('clinic.before-upgrade-from-v5')),
    ).toHaveLength(1);
  });

  it('keeps each sign as the clinic wrote it, reads "call the team" as "now, day or night" and asks staff to check it', () => {
    copyFileSync(FORMAT_5, path.join(dir, 'clinic.json'));
    const v5 = JSON.parse(readFileSync(FORMAT_5, 'utf8'));
    const clinic = openClinicConfig(confStore(dir));
    expect(clinic.notice).toBeNull();
    const [before] = v5.protocols;
    const [after] = clinic.protocols();
    expect(
      after?.afterTreatment.warningSigns.map((sign) => [
        sign.id,
        sign.kind,
        sign.kind === 'own' ? sign.level : null,
      ]),
    ).toEqual([
      ['eye-infection-or-detachment', 'own', 'emergency'],
      ['light-sensitivity', 'own', 'call-team-now'],
    ]);
    const [emergency, callTeam] = after?.afterTreatment.warningSigns ?? [];
    // An emergency stays as it was; only the sign whose meaning widened is marked for review.
    const oldEmergency = before.afterTreatment.warningSigns[0];
    expect(emergency).toEqual({
      kind: 'own',
      ...oldEmergency,
      urgency: undefined,
      level: 'emergency',
      source: { kind: 'secondary', ...oldEmergency.source, secondaryReason: NOT_YET_REVIEWED },
    });
    expect(callTeam?.kind === 'own' && callTeam.source.reviewerNote).toBe(CALL_TEAM_REVIEW_NOTE);
    expect(callTeam?.kind === 'own' && callTeam.sign).toEqual(
      before.afterTreatment.warningSigns[1].sign,
    );
    // The saved versions the editor compares are upgraded too, so an old version still opens.
    const [saved] = clinic.current().history['north-clinic-subretinal'] ?? [];
    expect(
      saved?.protocol.afterTreatment.warningSigns.map((sign) => sign.kind === 'own' && sign.level),
    ).toEqual(['emergency', 'call-team-now']);
    expect(
      readdirSync(dir).filter((name) => name.startsWith('clinic.before-upgrade-from-v5')),
    ).toHaveLength(1);
  });

  it('keeps the emergency wording, and shows the US crisis line until staff enter their own', () => {
    copyFileSync(FORMAT_5, path.join(dir, 'clinic.json'));
    const v5 = JSON.parse(readFileSync(FORMAT_5, 'utf8'));
    expect(v5.settings).not.toHaveProperty('crisisLine');
    const clinic = openClinicConfig(confStore(dir));
    expect(clinic.notice).toBeNull();
    expect(clinic.current().settings).toEqual({ ...v5.settings, crisisLine: '' });
    expect(clinic.settings().mode).toBe('kiosk');
    expect(clinic.needsAttention()).toBe(false);
    expect(
      readdirSync(dir).filter((name) => name.startsWith('clinic.before-upgrade-from-v5')),
    ).toHaveLength(1);
  });
  it('keeps every citation word for word, as secondary and not yet reviewed, in the protocols and their saved versions', () => {
    const sourcesIn = (value: unknown): Array<Record<string, unknown>> =>
      Array.isArray(value)
        ? value.flatMap(sourcesIn)
        : typeof value === 'object' && value !== null
          ? Object.entries(value).flatMap(([key, child]) =>
              key === 'source' ? [child as Record<string, unknown>] : sourcesIn(child),
            )
          : [];
    const v5 = JSON.parse(readFileSync(FORMAT_5, 'utf8'));
    copyFileSync(FORMAT_5, path.join(dir, 'clinic.json'));
    const clinic = openClinicConfig(confStore(dir));
    const before = sourcesIn([v5.protocols, v5.history]);
    const after = sourcesIn([clinic.current().protocols, clinic.current().history]);
    expect(before.length).toBeGreaterThan(20);
    expect(after.map((source) => [source.kind, source.secondaryReason, source.citation])).toEqual(
      before.map((old) => ['secondary', NOT_YET_REVIEWED, old.citation]),
    );
  });

  it('leaves a source that already says its kind as it is', () => {
    const v5 = JSON.parse(readFileSync(FORMAT_5, 'utf8'));
    const primary = {
      kind: 'guidance',
      citation: 'FDA guidance',
      url: 'https://www.fda.gov/guidance',
      checkedOn: '2026-12-05',
    };
    v5.protocols[0].tests[0].source = primary;
    writeFileSync(path.join(dir, 'clinic.json'), JSON.stringify(v5));
    expect(openClinicConfig(confStore(dir)).protocols()[0]?.tests[0]?.source).toEqual(primary);
  });
});
