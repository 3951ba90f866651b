import ElectronStore from 'electron-store';
import { confDocument, confOptions, type ConfFileOptions } from './conf-document';
import type { JsonDocument } from './json-document';

/** A store file kept by electron-store in the app's data folder (electron-store names the file by `name`). */
export function electronStoreDocument(file: ConfFileOptions): JsonDocument {
  return confDocument(file, () => new ElectronStore<Record<string, unknown>>({ ...confOptions(file), name: file.configName }));
}
