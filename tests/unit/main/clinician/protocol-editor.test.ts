import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { protocolCatalog } from '../../../../src/main/protocol/protocol-catalog';
import { contentHash } from '../../../../src/main/protocol/content-hash';
import { protocolEditor } from '../../../../src/main/clinician/protocol-editor';
import { openClinicConfig } from '../../../../src/main/store/clinic-config';
import { confStore } from '../../../support/conf-store';
import { makeTempDir } from '../../../support/temp-dir';

const examples = loadProtocolFolder(path.resolve('resources/protocols'));
const example = examples.find((p) => p.id === 'example-sickle-cell-crispr');
if (!example) throw new Error('example missing');

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

function setUp() {
  const clinic = openClinicConfig(confStore(dir));
  const catalog = protocolCatalog(examples, clinic);
  let tick = 0;
  const editor = protocolEditor(
    clinic,
    catalog,
    () => new Date(Date.UTC(2026, 10, 22, 10, tick++)),
  );
  return { clinic, catalog, editor };
}

describe('protocolEditor', () => {
  it('saving an edited example bumps its version, records the hash and keeps the shipped version', () => {
    const { catalog, editor } = setUp();
    const draft = {
      ...example,
      title: { ...example.title, en: 'Sickle cell gene therapy (North Clinic)' },
    };
    const saved = editor.save(draft);
    expect(saved).toEqual({
      version: example.version + 1,
      contentHash: contentHash(draft),
      changed: true,
    });
    expect(catalog.get(example.id)?.title.en).toBe('Sickle cell gene therapy (North Clinic)');
    expect(editor.versions(example.id).map((v) => v.protocol.version)).toEqual([
      example.version,
      example.version + 1,
    ]);
    // The edit survives a restart.
    expect(
      protocolCatalog(examples, openClinicConfig(confStore(dir))).get(example.id)?.version,
    ).toBe(example.version + 1);
  });

  it('saving keeps every protocol in its place, in the staff list and in what patients are offered', () => {
    const { editor, catalog } = setUp();
    editor.create('north-clinic-first', 'First own protocol');
    editor.create('north-clinic-second', 'Second own protocol');
    const before = catalog.all().map((p) => p.id);
    const offeredBefore = catalog.offered().map((p) => p.id);
    // An example saved for the first time, and a clinic's own protocol that is not the last one.
    editor.save({ ...example, summary: { ...example.summary, en: 'Edited summary.' } });
    const first = catalog.get('north-clinic-first');
    editor.save({ ...first!, summary: { en: 'Edited too.' } });
    expect(catalog.all().map((p) => p.id)).toEqual(before);
    expect(catalog.offered().map((p) => p.id)).toEqual(offeredBefore);
    // After staff chose an order, saving keeps it too.
    editor.reorder([...before].reverse());
    editor.save({
      ...catalog.get(example.id)!,
      summary: { ...example.summary, en: 'Edited again.' },
    });
    expect(catalog.all().map((p) => p.id)).toEqual([...before].reverse());
  });

  it('writes nothing when the draft is unchanged', () => {
    const { editor, clinic } = setUp();
    expect(editor.save(example)).toEqual({
      version: example.version,
      contentHash: contentHash(example),
      changed: false,
    });
    expect(clinic.protocols()).toEqual([]);
  });

  it('names what changed between two versions', () => {
    const { editor } = setUp();
    const [firstTest, ...otherTests] = example.tests;
    editor.save({
      ...example,
      tests: [...otherTests, { ...firstTest!, why: { ...firstTest!.why, en: 'New reason.' } }],
      questions: example.questions.slice(1),
      medications: [
        ...example.medications,
        { ...example.medications[0]!, id: 'pause-voxelotor', matchNames: ['voxelotor', 'Oxbryta'] },
      ],
    });
    expect(editor.changes(example.id, example.version, example.version + 1)).toEqual([
      {
        kind: 'changed',
        section: 'tests',
        itemId: firstTest!.id,
        fields: ['why'],
        values: [
          {
            kind: 'text',
            field: 'why',
            key: 'en',
            before: firstTest!.why.en,
            after: 'New reason.',
          },
        ],
      },
      ...otherTests.slice(0, 1).map((t) => ({ kind: 'moved', section: 'tests', itemId: t.id })),
      ...otherTests.slice(1).map((t) => ({ kind: 'moved', section: 'tests', itemId: t.id })),
      { kind: 'moved', section: 'tests', itemId: firstTest!.id },
      { kind: 'added', section: 'medications', itemId: 'pause-voxelotor' },
      { kind: 'removed', section: 'questions', itemId: example.questions[0]!.id },
    ]);
  });

  it("duplicates a protocol as the clinic's own, version 1", () => {
    const { editor, catalog } = setUp();
    const copy = editor.duplicate(example.id, 'north-clinic-sickle-cell');
    expect(copy).toMatchObject({ id: 'north-clinic-sickle-cell', version: 1, isExample: false });
    expect(catalog.get('north-clinic-sickle-cell')).toEqual(copy);
    expect(() => editor.duplicate(example.id, 'north-clinic-sickle-cell')).toThrow(
      /already exists/,
    );
  });

  it('retires and restores: a retired protocol is kept but not offered to patients', () => {
    const { editor, catalog } = setUp();
    editor.setRetired(example.id, true);
    expect(catalog.offered().map((p) => p.id)).not.toContain(example.id);
    expect(catalog.get(example.id)).toBeDefined();
    editor.setRetired(example.id, false);
    expect(catalog.offered().map((p) => p.id)).toContain(example.id);
  });

  it('reorders what patients see', () => {
    const { editor, catalog } = setUp();
    editor.duplicate(example.id, 'a-first');
    const ids = catalog
      .all()
      .map((p) => p.id)
      .reverse();
    editor.reorder(ids);
    expect(catalog.all().map((p) => p.id)).toEqual(ids);
    expect(() => editor.reorder(['nope'])).toThrow(/Unknown/);
  });
});

describe('protocol versions looked up by id', () => {
  it("never take a member every object has for a protocol's history, even for an id the schema would refuse", () => {
    const { clinic } = setUp();
    // Built past the schema on purpose: the lookup must hold even if such an id reached it.
    const odd = { ...example, id: 'constructor' };
    const catalog = protocolCatalog([odd], clinic);
    const editor = protocolEditor(clinic, catalog, () => new Date(Date.UTC(2026, 10, 22)));
    expect(editor.versions('constructor')).toEqual([
      { savedAt: '1970-01-01T00:00:00.000Z', contentHash: contentHash(odd), protocol: odd },
    ]);
  });
});
