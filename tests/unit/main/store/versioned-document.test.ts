import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import Conf from 'conf';
import { confDocument, confOptions } from '../../../../src/main/store/conf-document';
import {
  DocumentTooLargeError,
  MAX_DOCUMENT_BYTES,
} from '../../../../src/main/store/json-document';
import {
  openVersionedDocument,
  type VersionedFormat,
} from '../../../../src/main/store/versioned-document';
import { confStore } from '../../../support/conf-store';
import { makeTempDir } from '../../../support/temp-dir';

// A three-format history exercises the upgrade chain the way real releases will: 1 → 2 → 3.
const V3 = z
  .object({ formatVersion: z.literal(3), clinicName: z.string(), phones: z.array(z.string()) })
  .strict();
type V3 = z.infer<typeof V3>;
const format: VersionedFormat<V3> = {
  store: 'clinic',
  schema: V3,
  currentVersion: 3,
  upgrades: {
    1: (v1) => ({ clinicName: typeof v1.name === 'string' ? v1.name : '' }),
    2: (v2) => ({ ...v2, phones: [] }),
  },
  initial: () => ({ formatVersion: 3, clinicName: '', phones: [] }),
};

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const file = () => path.join(dir, 'clinic.json');
const backups = (tag: string) => readdirSync(dir).filter((name) => name.includes(tag));

describe('openVersionedDocument', () => {
  it('starts fresh and writes the initial value when there is no file', () => {
    const opened = openVersionedDocument(confStore(dir), format);
    expect(opened).toEqual({ value: format.initial(), notice: null });
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toEqual(format.initial());
  });

  it('keeps the file readable by its owner only', () => {
    openVersionedDocument(confStore(dir), format);
    expect(statSync(file()).mode & 0o777).toBe(0o600);
  });

  it('reads back what it wrote', () => {
    const value = { formatVersion: 3, clinicName: 'North Clinic', phones: ['555-0100'] };
    writeFileSync(file(), JSON.stringify(value));
    expect(openVersionedDocument(confStore(dir), format)).toEqual({ value, notice: null });
  });

  it('upgrades an old file step by step and keeps the old file as a backup', () => {
    writeFileSync(file(), JSON.stringify({ formatVersion: 1, name: 'Old Clinic' }));
    const opened = openVersionedDocument(confStore(dir), format);
    expect(opened.notice).toBeNull();
    expect(opened.value).toEqual({ formatVersion: 3, clinicName: 'Old Clinic', phones: [] });
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toEqual(opened.value);
    const [backup] = backups('before-upgrade-from-v1');
    expect(JSON.parse(readFileSync(path.join(dir, backup as string), 'utf8'))).toEqual({
      formatVersion: 1,
      name: 'Old Clinic',
    });
  });

  it('backs up a file that is not JSON, reports it and starts fresh', () => {
    writeFileSync(file(), '{"formatVersion": 3, "clinicName": "Hand edit');
    const opened = openVersionedDocument(confStore(dir), format);
    expect(opened.value).toEqual(format.initial());
    expect(opened.notice).toMatchObject({ store: 'clinic', problem: 'unreadable' });
    expect(readFileSync(opened.notice?.backupPath as string, 'utf8')).toBe(
      '{"formatVersion": 3, "clinicName": "Hand edit',
    );
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toEqual(format.initial());
  });

  it('backs up a file that breaks the schema and says where', () => {
    writeFileSync(file(), JSON.stringify({ formatVersion: 3, clinicName: 42, phones: [] }));
    const opened = openVersionedDocument(confStore(dir), format);
    expect(opened.notice?.problem).toBe('invalid');
    expect(opened.notice?.detail).toContain('clinicName');
    expect(existsSync(opened.notice?.backupPath as string)).toBe(true);
  });

  it('does not touch a file from a newer version without keeping a copy', () => {
    writeFileSync(file(), JSON.stringify({ formatVersion: 9, future: true }));
    const opened = openVersionedDocument(confStore(dir), format);
    expect(opened.notice?.problem).toBe('newer-version');
    expect(JSON.parse(readFileSync(opened.notice?.backupPath as string, 'utf8'))).toEqual({
      formatVersion: 9,
      future: true,
    });
  });

  it('reports a file without a format version', () => {
    writeFileSync(file(), JSON.stringify({ clinicName: 'x' }));
    expect(openVersionedDocument(confStore(dir), format).notice?.problem).toBe('invalid');
  });

  it('reports an upgrade step that throws, keeping the file', () => {
    const failing = {
      ...format,
      upgrades: {
        ...format.upgrades,
        2: () => {
          throw new Error('boom');
        },
      },
    };
    writeFileSync(file(), JSON.stringify({ formatVersion: 2, clinicName: 'x' }));
    const opened = openVersionedDocument(confStore(dir), failing);
    expect(opened.notice).toMatchObject({ problem: 'upgrade-failed' });
    expect(opened.notice?.detail).toContain('boom');
    expect(JSON.parse(readFileSync(opened.notice?.backupPath as string, 'utf8'))).toEqual({
      formatVersion: 2,
      clinicName: 'x',
    });
  });

  it('reports a missing upgrade step', () => {
    const gap = {
      ...format,
      upgrades: { 2: format.upgrades[2] as NonNullable<(typeof format.upgrades)[2]> },
    };
    writeFileSync(file(), JSON.stringify({ formatVersion: 1, name: 'x' }));
    expect(openVersionedDocument(confStore(dir), gap).notice?.problem).toBe('upgrade-failed');
  });
});

describe('a store file over the size limit', () => {
  // Valid JSON the schema would take, but padded past the limit: only its size can make it refused.
  const oversized = () =>
    writeFileSync(
      file(),
      `${JSON.stringify({ formatVersion: 3, clinicName: 'North Clinic', phones: [] })}${' '.repeat(MAX_DOCUMENT_BYTES)}`,
    );

  it('is never opened, so never parsed into memory', () => {
    oversized();
    let opened = 0;
    const options = { cwd: dir, configName: 'clinic' };
    const doc = confDocument(options, () => {
      opened += 1;
      return new Conf<Record<string, unknown>>({
        ...confOptions(options),
        projectVersion: '0.0.0-test',
      });
    });
    expect(() => doc.read()).toThrow(DocumentTooLargeError);
    expect(opened).toBe(0);
  });

  it('is set aside like an unreadable one and reported with its size, and the app starts fresh', () => {
    oversized();
    const opened = openVersionedDocument(confStore(dir), format);
    expect(opened.value).toEqual(format.initial());
    expect(opened.notice).toMatchObject({
      store: 'clinic',
      problem: 'unreadable',
      detail: 'The file is 20.1 MB; a store file may be at most 20 MB.',
    });
    expect(statSync(opened.notice?.backupPath as string).size).toBeGreaterThan(MAX_DOCUMENT_BYTES);
  });

  it('is never written: a change that would make the file too large is refused and the file kept as it was', () => {
    const doc = confStore(dir);
    openVersionedDocument(doc, format);
    const before = readFileSync(file(), 'utf8');
    expect(() =>
      doc.write({ formatVersion: 3, clinicName: 'x'.repeat(MAX_DOCUMENT_BYTES), phones: [] }),
    ).toThrow(DocumentTooLargeError);
    expect(readFileSync(file(), 'utf8')).toBe(before);
  });
});
