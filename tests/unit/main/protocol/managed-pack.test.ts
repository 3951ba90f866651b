import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { loadManagedPack, managedPackPath } from '../../../../src/main/protocol/managed-pack';
import { protocolCatalog } from '../../../../src/main/protocol/protocol-catalog';
import { exportPack } from '../../../../src/main/protocol/protocol-packs';
import { protocolEditor } from '../../../../src/main/clinician/protocol-editor';
import { openClinicConfig } from '../../../../src/main/store/clinic-config';
import { confStore } from '../../../support/conf-store';
import { makeTempDir } from '../../../support/temp-dir';

const examples = loadProtocolFolder(path.resolve('resources/protocols'));
const example = examples[0]!;

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

describe('the managed pack', () => {
  it('has one system-wide place per operating system', () => {
    expect(managedPackPath('linux', {})).toBe('/etc/gene-therapy-companion/managed-pack.json');
    expect(managedPackPath('darwin', {})).toBe(
      '/Library/Application Support/Gene Therapy Companion/managed-pack.json',
    );
    expect(managedPackPath('win32', { ProgramData: 'D:\\ProgramData' })).toBe(
      'D:\\ProgramData\\Gene Therapy Companion\\managed-pack.json',
    );
  });

  it('is optional, used whole when valid, and refused whole with its problems when not', () => {
    const file = path.join(dir, 'managed-pack.json');
    expect(loadManagedPack(file)).toEqual({ state: 'none', path: file });
    const managed = {
      ...example,
      title: { ...example.title, en: 'Organization version' },
      version: 7,
    };
    writeFileSync(file, exportPack([managed], new Date('2026-11-22T10:00:00Z')));
    expect(loadManagedPack(file)).toEqual({ state: 'loaded', path: file, protocols: [managed] });
    writeFileSync(file, '{"kind": "gene-therapy-companion.protocol-pack", "formatVersion": 1}');
    expect(loadManagedPack(file)).toMatchObject({
      state: 'refused',
      problems: expect.arrayContaining([expect.objectContaining({ location: 'exportedAt' })]),
    });
  });

  it('wins over local edits, cannot be edited or retired here, and stays offered', () => {
    const clinic = openClinicConfig(confStore(dir));
    const local = protocolCatalog(examples, clinic);
    protocolEditor(clinic, local, () => new Date()).save({
      ...example,
      title: { ...example.title, en: 'Local edit' },
    });
    clinic.update((config) => ({ ...config, retired: [example.id] }));

    const managed = {
      ...example,
      title: { ...example.title, en: 'Organization version' },
      version: 7,
    };
    const catalog = protocolCatalog(examples, clinic, [managed]);
    expect(catalog.get(example.id)).toEqual(managed);
    expect(catalog.isManaged(example.id)).toBe(true);
    expect(catalog.offered().map((p) => p.id)).toContain(example.id);
    const editor = protocolEditor(clinic, catalog, () => new Date());
    expect(() => editor.save({ ...managed, title: { ...managed.title, en: 'Try' } })).toThrow(
      /managed by your organization/,
    );
    expect(() => editor.setRetired(example.id, true)).toThrow(/managed by your organization/);
    expect(editor.duplicate(example.id, 'local-copy')).toMatchObject({
      id: 'local-copy',
      title: { en: 'Organization version' },
    });
  });
});
