import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readJsonFileAt } from '../../../../src/main/files/read-json-file';
import { PERMISSIONS_DO_NOT_STOP_READING } from '../../../support/locked-folder';
import { makeTempDir } from '../../../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const Schema = z.object({ name: z.string() }).strict();
const read = (name: string) => readJsonFileAt(path.join(dir, name), Schema, 1024);
const wholeFile = (message: string) => ({
  ok: false,
  problems: [{ location: '(whole file)', message }],
});

describe('readJsonFileAt', () => {
  it('reads a valid file', () => {
    writeFileSync(path.join(dir, 'a.json'), '{"name": "A"}');
    expect(read('a.json')).toEqual({ ok: true, value: { name: 'A' } });
  });

  it('finds no file where nothing is at the path, or the path goes through a file', () => {
    writeFileSync(path.join(dir, 'a.json'), '{"name": "A"}');
    expect(read('missing.json')).toBeNull();
    expect(read('a.json/inside.json')).toBeNull();
  });

  it('names a folder in the file’s place, rather than taking it for no file or throwing', () => {
    mkdirSync(path.join(dir, 'folder.json'));
    expect(read('folder.json')).toEqual(wholeFile('it is a folder, not a file'));
  });

  it('refuses a pipe, which a read would wait on for ever', () => {
    execFileSync('mkfifo', [path.join(dir, 'pipe.json')]);
    expect(read('pipe.json')).toEqual(wholeFile('it is not an ordinary file'));
  });

  it('names a link whose file is gone, rather than taking it for no file', () => {
    symlinkSync(path.join(dir, 'gone.json'), path.join(dir, 'link.json'));
    expect(read('link.json')).toEqual(wholeFile('it is a link to a file that does not exist'));
  });

  // Root reads a file whatever its mode, so a link to itself is the unreadable file that fails for every user.
  it('says why a file that is there could not be read (a link to itself: ELOOP)', () => {
    symlinkSync('loop.json', path.join(dir, 'loop.json'));
    expect(read('loop.json')).toEqual(wholeFile('the file could not be read (ELOOP)'));
  });

  it.skipIf(PERMISSIONS_DO_NOT_STOP_READING !== null)(
    `says why a file without read permission could not be read (EACCES)${PERMISSIONS_DO_NOT_STOP_READING ? ` (skipped: ${PERMISSIONS_DO_NOT_STOP_READING})` : ''}`,
    () => {
      writeFileSync(path.join(dir, 'locked.json'), '{"name": "A"}');
      chmodSync(path.join(dir, 'locked.json'), 0o000);
      expect(read('locked.json')).toEqual(wholeFile('the file could not be read (EACCES)'));
    },
  );

  it('refuses a file over the limit before reading it', () => {
    writeFileSync(path.join(dir, 'big.json'), `{"name": "${'x'.repeat(2000)}"}`);
    expect(read('big.json')).toEqual(wholeFile('the file is 2012 bytes; it may be at most 1024'));
  });
});
