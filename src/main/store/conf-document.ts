import { copyFileSync, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import type Conf from 'conf';
import {
  DocumentTooLargeError,
  MAX_DOCUMENT_BYTES,
  UnreadableDocumentError,
  type JsonDocument,
} from './json-document';

export interface ConfFileOptions {
  /** Absolute folder; Electron passes its userData folder, tests a temporary one. */
  cwd: string;
  /** File name without `.json`. */
  configName: string;
}

/** Options every store file is opened with: no silent clearing, owner-only permissions, our own validation. */
export function confOptions(file: ConfFileOptions) {
  return {
    cwd: file.cwd,
    configName: file.configName,
    clearInvalidConfig: false,
    configFileMode: 0o600,
    accessPropertiesByDotNotation: false,
    watch: false,
  } as const;
}

/** What follows "<file name>." in the name of a copy made by backUp or setAside: a reason, then when it was made. */
const COPY_NAME = /^[a-z0-9-]+-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.json$/;

/**
 * A JsonDocument kept by electron-store (a Conf subclass) in the app, or by Conf itself where Electron is
 * absent. Conf throws on malformed JSON instead of clearing it (clearInvalidConfig is off), which is what lets
 * the versioned store back the file up and tell the person.
 */
export function confDocument(file: ConfFileOptions, open: () => Conf): JsonDocument {
  const filePath = path.join(file.cwd, `${file.configName}.json`);
  const removeMatching = (matches: (name: string) => boolean) => {
    if (!existsSync(file.cwd)) return;
    for (const name of readdirSync(file.cwd))
      if (matches(name)) rmSync(path.join(file.cwd, name), { force: true });
  };
  // Conf writes a temporary file and renames it over the store, so a crash mid-save never breaks the store; a
  // crash can leave that temporary copy behind, which is removed before the store is next used or deleted.
  const removeLeftovers = () =>
    removeMatching((name) => name.startsWith(`${file.configName}.json.tmp-`));
  let conf: Conf | undefined;
  const instance = () => {
    if (!conf) removeLeftovers();
    return (conf ??= open());
  };
  // "clinic.unreadable-2026-11-22T10-00-00-000Z.json": the file's name, why it was copied, and when.
  const backupPath = (reason: string) =>
    path.join(
      file.cwd,
      `${file.configName}.${reason}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
    );
  /** When a copy of this file was made, from its name; undefined for any other file. */
  const copyMadeAt = (name: string) =>
    name.startsWith(`${file.configName}.`)
      ? COPY_NAME.exec(name.slice(file.configName.length + 1))?.[1]
      : undefined;
  return {
    path: filePath,
    read() {
      if (!existsSync(filePath)) return undefined;
      // Checked before Conf opens the file, which reads all of it.
      const bytes = statSync(filePath).size;
      if (bytes > MAX_DOCUMENT_BYTES) throw new DocumentTooLargeError(filePath, bytes);
      try {
        return instance().store;
      } catch (error) {
        if (error instanceof SyntaxError)
          throw new UnreadableDocumentError(filePath, 'The file is not valid JSON.', error);
        throw error;
      }
    },
    write(value) {
      // Measured as Conf writes it (tab-indented JSON), so nothing is written that the next read would refuse.
      const bytes = Buffer.byteLength(JSON.stringify(value, null, '\t'));
      if (bytes > MAX_DOCUMENT_BYTES) throw new DocumentTooLargeError(filePath, bytes);
      instance().store = value;
    },
    backUp(reason) {
      const backup = backupPath(reason);
      copyFileSync(filePath, backup);
      return backup;
    },
    copiesAside() {
      if (!existsSync(file.cwd)) return [];
      const copies = readdirSync(file.cwd).flatMap((name) => {
        const made = copyMadeAt(name);
        return made === undefined ? [] : [{ name, made }];
      });
      return copies
        .sort((a, b) => a.made.localeCompare(b.made))
        .map((copy) => path.join(file.cwd, copy.name));
    },
    remove() {
      rmSync(filePath, { force: true });
      removeLeftovers();
      conf = undefined;
    },
    removeCopies() {
      removeMatching((name) => copyMadeAt(name) !== undefined);
      removeLeftovers();
    },
    setAside(reason) {
      const backup = backupPath(reason);
      renameSync(filePath, backup);
      conf = undefined;
      return backup;
    },
  };
}
