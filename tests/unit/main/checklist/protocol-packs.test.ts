import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/checklist/example-protocols';
import { exportPack, importPack, readPack } from '../../../../src/main/checklist/protocol-packs';
import { openClinicConfig } from '../../../../src/main/store/clinic-config';
import { MAX_PACK_BYTES, PACK_KIND } from '../../../../src/shared/protocol/protocol-pack';
import { confStore } from '../../../support/conf-store';
import { makeTempDir } from '../../../support/temp-dir';

const examples = loadProtocolFolder(path.resolve('resources/protocols'));
const [first] = examples;
if (!first) throw new Error('no example protocol');
const encode = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const pack = (protocols: unknown[]) => ({ kind: PACK_KIND, formatVersion: 1, exportedAt: '2026-11-22T10:00:00.000Z', protocols });

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

describe('protocol packs', () => {
  it('gives back exactly the same protocols after export then import', () => {
    const own = examples.map((p) => ({ ...p, id: `clinic-${p.id}`, isExample: false }));
    const reading = readPack(exportPack(own, new Date('2026-11-22T10:00:00Z')));
    expect(reading.ok && reading.pack.protocols).toEqual(own);

    const clinic = openClinicConfig(confStore(dir));
    if (!reading.ok) throw new Error('unreadable');
    expect(importPack(clinic, reading.pack)).toEqual({ added: own.map((p) => p.id), replaced: [] });
    expect(openClinicConfig(confStore(dir)).protocols()).toEqual(own);
  });

  it('replaces protocols with the same id and reports which', () => {
    const clinic = openClinicConfig(confStore(dir));
    const v1 = { ...first, id: 'clinic-one', isExample: false };
    importPack(clinic, { kind: PACK_KIND, formatVersion: 1, exportedAt: '2026-11-22T10:00:00.000Z', protocols: [v1] });
    const v2 = { ...v1, version: 2 };
    expect(importPack(clinic, { kind: PACK_KIND, formatVersion: 1, exportedAt: '2026-11-22T10:00:00.000Z', protocols: [v2] })).toEqual({ added: [], replaced: ['clinic-one'] });
    expect(clinic.protocols()).toEqual([v2]);
  });

  it('lists every problem with its location, and a bad pack changes nothing', () => {
    const broken = structuredClone(first) as Record<string, unknown> & typeof first;
    broken.tests[0] = { ...broken.tests[0], timing: { ...broken.tests[0]!.timing!, keyDate: 'nowhere' } } as (typeof first.tests)[number];
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
    broken.tests[0] = { ...broken.tests[0]!, timing: { ...broken.tests[0]!.timing!, keyDate: 'nowhere' } };
    broken.questions.push(broken.questions[0]!);
    const reading = readPack(encode(pack([broken])));
    expect(reading.ok ? [] : reading.problems).toEqual([
      { location: 'protocols[0].tests[0].timing.keyDate', message: '"nowhere" is not one of this protocol\'s key dates' },
      { location: `protocols[0].questions[${broken.questions.length - 1}].id`, message: `id "${broken.questions[0]!.id}" is used twice` },
    ]);
  });

  it.each([
    ['not JSON', '{"kind": '],
    ['JSON of the wrong kind', JSON.stringify({ kind: 'something-else', protocols: [] })],
    ['an empty pack', JSON.stringify(pack([]))],
    ['a newer pack format', JSON.stringify({ ...pack([first]), formatVersion: 2 })],
    ['the same id twice', JSON.stringify(pack([first, first]))],
    ['a "__proto__" key', `{"__proto__": {"polluted": true}, ${JSON.stringify(pack([first])).slice(1)}`],
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
    expect(reading).toEqual({ ok: false, problems: [{ location: '(whole file)', message: expect.stringContaining('at most') }] });
  });

  it('refuses bytes that are not UTF-8', () => {
    expect(readPack(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toEqual({ ok: false, problems: [{ location: '(whole file)', message: 'the file is not UTF-8 text' }] });
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(readPack(encode(`\uFEFF${JSON.stringify(pack([first]))}`)).ok).toBe(true);
  });
});
