import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openVersionedDocument } from '../../../../src/main/store/versioned-document';
import { clinicFormat } from '../../../../src/main/store/clinic-config';
import { electron } from '../../../support/electron-stand-in';
import { makeTempDir } from '../../../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

// electron-store reads `app` from the electron package at construction; the stand-in answers for it (the real
// package would try to download the binary). vitest.config inlines electron-store so the stand-in reaches it.
vi.mock(
  'electron',
  async () => (await import('../../../support/electron-stand-in')).electron.module,
);
beforeEach(() => (electron.settings.dataDir = dir));

describe('the clinic store kept by electron-store', () => {
  it('writes, reads back and recovers from a damaged file exactly as with Conf', async () => {
    const { electronStoreDocument } =
      await import('../../../../src/main/store/electron-store-document');
    const open = () => electronStoreDocument({ cwd: dir, configName: 'clinic' });
    const format = clinicFormat();

    expect(openVersionedDocument(open(), format)).toEqual({
      value: format.initial(),
      notice: null,
    });
    expect(JSON.parse(readFileSync(path.join(dir, 'clinic.json'), 'utf8'))).toEqual(
      format.initial(),
    );

    writeFileSync(path.join(dir, 'clinic.json'), '{ not json');
    const recovered = openVersionedDocument(open(), format);
    expect(recovered.notice?.problem).toBe('unreadable');
    expect(readFileSync(recovered.notice?.backupPath as string, 'utf8')).toBe('{ not json');
  });

  it('leaves no IPC channel of its own behind: only the contract channels exist', async () => {
    const { electronStoreDocument, ELECTRON_STORE_CHANNEL } =
      await import('../../../../src/main/store/electron-store-document');
    electronStoreDocument({ cwd: dir, configName: 'clinic' }).write({ formatVersion: 1 });
    expect(electron.api.ipcMain.eventNames()).not.toContain(ELECTRON_STORE_CHANNEL);
  });
});
