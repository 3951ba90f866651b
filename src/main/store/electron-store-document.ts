import { ipcMain } from 'electron';
import ElectronStore from 'electron-store';
import { confDocument, confOptions, type ConfFileOptions } from './conf-document';
import type { JsonDocument } from './json-document';

/**
 * electron-store answers this synchronous IPC channel for renderer-side stores, which the app does not use.
 * Only the contract's channels may exist, so it is removed as soon as a store has added it.
 */
export const ELECTRON_STORE_CHANNEL = 'electron-store-get-data';

/** A store file kept by electron-store in the app's data folder (electron-store names the file by `name`). */
export function electronStoreDocument(file: ConfFileOptions): JsonDocument {
  return confDocument(file, () => {
    const store = new ElectronStore<Record<string, unknown>>({
      ...confOptions(file),
      name: file.configName,
    });
    ipcMain.removeAllListeners(ELECTRON_STORE_CHANNEL);
    return store;
  });
}
