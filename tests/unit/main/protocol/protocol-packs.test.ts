import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { contentHash } from '../../../../src/main/protocol/content-hash';
import { protocolCatalog } from '../../../../src/main/protocol/protocol-catalog';
import { exportPack, importPack, readPack } from '../../../../src/main/protocol/protocol-packs';
import { protocolEditor } from '../../../../src/main/clinician/protocol-editor';
import { openClinicConfig } from '../../../../src/main/store/clinic-config';
import type { Protocol } from '@shared/protocol/protocol';
import {
  MAX_PACK_BYTES,
  PACK_FORMAT,
  PACK_KIND,
  type ProtocolPack,
} from '@shared/protocol/protocol-pack';
import { CALL_TEAM_REVIEW_NOTE } from '@shared/protocol/warning-sign-levels-upgrade';
import { NOT_YET_REVIEWED } from '@shared/schemas/source';
import { confStore } from '../../../support/conf-store';
import { makeTempDir } from '../../../support/temp-dir';

const examples = loadProtocolFolder(path.resolve('resources/protocols'));
const [first] = examples;
if (!first) throw new Error('no example protocol');
const encode = (value: unknown) =>
  new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const pack = (protocols: unknown[]) => ({
  kind: PACK_KIND,
  formatVersion: PACK_FORMAT,
  exportedAt: '2026-11-22T10:00:00.000Z',
  protocols,
});

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

/** The clinic's store, catalog and editor as main builds them, with a clock that moves a minute per save. */
function setUp(managed: Protocol[] = []) {
  const clinic = openClinicConfig(confStore(dir));
  const catalog = protocolCatalog(examples, clinic, managed);
  let minute = 0;
  const editor = protocolEditor(
    clinic,
    catalog,
    () => new Date(Date.UTC(2026, 10, 22, 10, minute++)),
  );
  return { clinic, catalog, editor };
}
const packOf = (protocols: Protocol[]): ProtocolPack => ({
  kind: PACK_KIND,
  formatVersion: PACK_FORMAT,
  exportedAt: '2026-11-22T10:00:00.000Z',
  protocols,
});
const outcome = (
  protocol: Protocol,
  previousVersion: number | null,
  version: number,
  changed = true,
) => ({ id: protocol.id, previousVersion, version, contentHash: contentHash(protocol), changed });

describe('protocol packs', () => {
  it('gives back exactly the same protocols after export then import', () => {
    const own = examples.map((p) => ({ ...p, id: `clinic-${p.id}`, isExample: false }));
    const reading = readPack(exportPack(own, new Date('2026-11-22T10:00:00Z')));
    expect(reading.ok && reading.pack.protocols).toEqual(own);

    const { editor } = setUp();
    if (!reading.ok) throw new Error('unreadable');
    expect(importPack(editor, reading.pack)).toEqual({
      added: own.map((p) => outcome(p, null, p.version)),
      replaced: [],
      unchanged: [],
    });
    expect(openClinicConfig(confStore(dir)).protocols()).toEqual(own);
  });

  it('imports a pack written before warning signs had three levels, each sign as the clinic wrote it and marked for review', () => {
    const subretinal = examples.find((p) => p.id === 'example-subretinal-eye');
    if (!subretinal) throw new Error('no subretinal example');
    const source = { citation: 'L8: clinic leaflet', checkedOn: '2026-11-22' };
    const sign = { sign: { en: 'New sensitivity to light' }, when: null, source };
    const old = {
      ...subretinal,
      id: 'clinic-eye',
      isExample: false,
      afterTreatment: {
        ...subretinal.afterTreatment,
        warningSigns: [
          { id: 'light', urgency: 'call-team', ...sign },
          { id: 'red-eye', urgency: 'emergency', ...sign },
        ],
      },
    };
    const reading = readPack(encode({ ...pack([old]), formatVersion: 1 }));
    if (!reading.ok) throw new Error(JSON.stringify(reading));
    expect(reading.pack.protocols[0]?.afterTreatment.warningSigns).toEqual([
      {
        kind: 'own',
        id: 'light',
        level: 'call-team-now',
        ...sign,
        source: {
          kind: 'secondary',
          ...source,
          reviewerNote: CALL_TEAM_REVIEW_NOTE,
          secondaryReason: NOT_YET_REVIEWED,
        },
      },
      {
        kind: 'own',
        id: 'red-eye',
        level: 'emergency',
        ...sign,
        source: { kind: 'secondary', ...source, secondaryReason: NOT_YET_REVIEWED },
      },
    ]);
  });

  it('saves a protocol with a known id as a new version and reports which', () => {
    const { clinic, editor } = setUp();
    const v1 = { ...first, id: 'clinic-one', isExample: false, version: 1 };
    importPack(editor, packOf([v1]));
    const changed = { ...v1, summary: { en: 'Changed.' } };
    expect(importPack(editor, packOf([changed]))).toEqual({
      added: [],
      replaced: [outcome(changed, 1, 2)],
      unchanged: [],
    });
    expect(clinic.protocols()).toEqual([{ ...changed, version: 2 }]);
  });
});

describe('importing over what the clinic has', () => {
  it('never rewinds a version staff saved: the import comes above it, and the history keeps both with their hashes', () => {
    const { catalog, editor } = setUp();
    const edited = { ...first, summary: { en: 'Edited here.' } };
    editor.save(edited);
    const saved = first.version + 1;
    // Another clinic's copy, still numbered as the shipped example was at version 1.
    const incoming = { ...first, version: 1, summary: { en: 'From the other clinic.' } };
    expect(importPack(editor, packOf([incoming]))).toEqual({
      added: [],
      replaced: [outcome(incoming, saved, saved + 1)],
      unchanged: [],
    });
    expect(catalog.get(first.id)).toEqual({ ...incoming, version: saved + 1 });
    expect(editor.versions(first.id).map((v) => [v.protocol.version, v.contentHash])).toEqual([
      [first.version, contentHash(first)],
      [saved, contentHash(edited)],
      [saved + 1, contentHash(incoming)],
    ]);
  });

  it('keeps the number a protocol came with when it is higher than the one here', () => {
    const { catalog, editor } = setUp();
    const incoming = { ...first, version: first.version + 7, summary: { en: 'Much later.' } };
    expect(importPack(editor, packOf([incoming])).replaced).toEqual([
      outcome(incoming, first.version, first.version + 7),
    ]);
    expect(catalog.get(first.id)?.version).toBe(first.version + 7);
  });

  it('writes nothing for a protocol whose content is already here, whatever its number', () => {
    const { clinic, editor } = setUp();
    expect(importPack(editor, packOf([{ ...first, version: 1 }]))).toEqual({
      added: [],
      replaced: [],
      unchanged: [outcome(first, first.version, first.version, false)],
    });
    expect(clinic.current().protocols).toEqual([]);
    expect(clinic.current().history).toEqual({});
  });

  it('refuses a pack with a protocol the organization manages, and applies none of it', () => {
    const managed = { ...first, id: 'org-managed', isExample: false };
    const { clinic, editor } = setUp([managed]);
    const newOne = { ...first, id: 'clinic-new', isExample: false };
    expect(() =>
      importPack(editor, packOf([newOne, { ...managed, summary: { en: 'Local change.' } }])),
    ).toThrow(/managed by your organization/);
    expect(clinic.protocols()).toEqual([]);
  });
});

describe('reading packs', () => {
  it('lists every problem with its location, and a bad pack changes nothing', () => {
    const broken = structuredClone(first) as Record<string, unknown> & typeof first;
    broken.tests[0] = {
      ...broken.tests[0],
      timing: { ...broken.tests[0]!.timing!, keyDate: 'nowhere' },
    } as (typeof first.tests)[number];
    (broken.medications[0] as { action: string }).action = 'double';
    delete (broken as Partial<typeof first>).summary;
    const reading = readPack(encode(pack([broken, { ...first, id: 'Bad Id' }])));
    expect(reading.ok).toBe(false);
    const problems = reading.ok ? [] : reading.problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ location: 'protocols[0].summary' }),
        expect.objectContaining({ location: 'protocols[0].medications[0].action' }),
        expect.objectContaining({ location: 'protocols[1].id' }),
      ]),
    );
  });

  it('finds the problems the whole protocol must satisfy too', () => {
    const broken = structuredClone(first);
    broken.tests[0] = {
      ...broken.tests[0]!,
      timing: { kind: 'by', amount: 0, unit: 'days', relation: 'before', keyDate: 'nowhere' },
    };
    broken.questions.push(broken.questions[0]!);
    const reading = readPack(encode(pack([broken])));
    expect(reading.ok ? [] : reading.problems).toEqual([
      {
        location: 'protocols[0].tests[0].timing.keyDate',
        message: '"nowhere" is not one of this protocol\'s key dates',
      },
      {
        location: `protocols[0].questions[${broken.questions.length - 1}].id`,
        message: `id "${broken.questions[0]!.id}" is used twice`,
      },
    ]);
  });

  it.each([
    ['not JSON', '{"kind": '],
    ['JSON of the wrong kind', JSON.stringify({ kind: 'something-else', protocols: [] })],
    ['an empty pack', JSON.stringify(pack([]))],
    ['a newer pack format', JSON.stringify({ ...pack([first]), formatVersion: PACK_FORMAT + 1 })],
    ['the same id twice', JSON.stringify(pack([first, first]))],
    [
      'a "__proto__" key',
      `{"__proto__": {"polluted": true}, ${JSON.stringify(pack([first])).slice(1)}`,
    ],
    ['an array', '[]'],
    ['null', 'null'],
  ])('refuses %s with a message', (_label, text) => {
    const reading = readPack(encode(text));
    expect(reading.ok).toBe(false);
    expect(reading.ok ? [] : reading.problems.length).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an oversized file before reading it', () => {
    const reading = readPack(new Uint8Array(MAX_PACK_BYTES + 1));
    expect(reading).toEqual({
      ok: false,
      problems: [{ location: '(whole file)', message: expect.stringContaining('at most') }],
    });
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(readPack(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toEqual({
      ok: false,
      problems: [{ location: '(whole file)', message: 'the file is not UTF-8 text' }],
    });
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(readPack(encode(`\uFEFF${JSON.stringify(pack([first]))}`)).ok).toBe(true);
  });
});
