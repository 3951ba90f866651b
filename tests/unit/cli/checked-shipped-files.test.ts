import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkShippedFiles } from '../../../src/cli/checked-shipped-files';
import {
  readShippedJson,
  shippedFileDigest,
  trustCheckedByBuild,
} from '../../../src/main/files/read-shipped-json';
import { makeTempDir } from '../../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const digestOf = (file: string) => shippedFileDigest(readFileSync(file));

describe('the shipped files the build checks for the headless command', () => {
  it('lists every shipped lesson, the glossary and every protocol, each checked against its schema', () => {
    const checked = checkShippedFiles(path.resolve('resources'));
    for (const folder of ['lessons', 'glossary', 'protocols']) {
      const files = readdirSync(path.resolve('resources', folder)).filter((name) =>
        name.endsWith('.json'),
      );
      expect(checked[folder]?.toSorted()).toEqual(
        files.map((name) => digestOf(path.resolve('resources', folder, name))).toSorted(),
      );
    }
  });

  it('leaves out a file its schema refuses, one it would give back changed, and one that is not JSON', () => {
    for (const folder of ['lessons', 'glossary', 'protocols'])
      cpSync(path.resolve('resources', folder), path.join(dir, folder), { recursive: true });
    const lesson = JSON.parse(
      readFileSync(path.resolve('resources/lessons/01-what-is-gene-therapy.json'), 'utf8'),
    ) as Record<string, unknown>;
    writeFileSync(
      path.join(dir, 'lessons', '90-refused.json'),
      JSON.stringify({ ...lesson, id: 7 }),
    );
    // Accepted, but given back trimmed: what the app would use is not the file's JSON.
    writeFileSync(
      path.join(dir, 'lessons', '91-trimmed.json'),
      JSON.stringify({ ...lesson, title: { ...(lesson.title as object), en: 'A title ' } }),
    );
    writeFileSync(path.join(dir, 'lessons', '92-broken.json'), '{"id": ');
    const checked = checkShippedFiles(dir);
    expect(checked.lessons).toHaveLength(readdirSync(path.resolve('resources/lessons')).length);
    for (const file of ['90-refused.json', '91-trimmed.json', '92-broken.json'])
      expect(checked.lessons).not.toContain(digestOf(path.join(dir, 'lessons', file)));
  });
});

describe('reading a shipped file the build checked', () => {
  const Schema = z.object({ name: z.string() }).strict();

  it('checks a file again when it has changed since the build, even by one byte', () => {
    const file = path.join(dir, 'item.json');
    writeFileSync(file, '{"name": "checked"}');
    trustCheckedByBuild(Schema, [digestOf(file)]);
    expect(readShippedJson(file, Schema, 'item')).toEqual({ name: 'checked' });
    writeFileSync(file, '{"name": 12345678}');
    expect(() => readShippedJson(file, Schema, 'item')).toThrow(/is not a valid item/);
  });

  it('trusts a file only for the schema it was checked against', () => {
    const file = path.join(dir, 'item.json');
    writeFileSync(file, '{"name": "checked"}');
    trustCheckedByBuild(Schema, [digestOf(file)]);
    expect(() => readShippedJson(file, z.object({ id: z.number() }), 'other')).toThrow(
      /is not a valid other/,
    );
  });
});
