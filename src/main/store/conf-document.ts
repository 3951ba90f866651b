import { copyFileSync, existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type Conf from 'conf';
import { UnreadableDocumentError, type JsonDocument } from './json-document';

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

/**
 * A JsonDocument kept by electron-store (a Conf subclass) in the app, or by Conf itself where Electron is
 * absent. Conf throws on malformed JSON instead of clearing it (clearInvalidConfig is off), which is what lets
 * the versioned store back the file up and tell the person.
 */
export function confDocument(file: ConfFileOptions, open: () => Conf<Record<string, unknown>>): JsonDocument {
  const filePath = path.join(file.cwd, `${file.configName}.json`);
  // Conf writes a temporary file and renames it over the store, so a crash mid-save never breaks the store; a
  // crash can leave that temporary copy behind, which is removed before the store is next used or deleted.
  const removeLeftovers = () => {
    const prefix = `${file.configName}.json.tmp-`;
    if (!existsSync(file.cwd)) return;
    for (const name of readdirSync(file.cwd)) if (name.startsWith(prefix)) rmSync(path.join(file.cwd, name), { force: true });
  };
  let conf: Conf<Record<string, unknown>> | undefined;
  const instance = () => {
    if (!conf) removeLeftovers();
    return (conf ??= open());
  };
  const backupPath = (reason: string) =>
    path.join(file.cwd, `${file.configName}.${reason}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  // A copy's name: the file's, a reason, and the time backupPath gave it.
  const copyName = new RegExp(`^${file.configName}\\.[a-z0-9-]+-(\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d-\\d{3}Z)\\.json$`);
  return {
    path: filePath,
    read() {
      if (!existsSync(filePath)) return undefined;
      try {
        return instance().store;
      } catch (error) {
        if (error instanceof SyntaxError) throw new UnreadableDocumentError(filePath, error);
        throw error;
      }
    },
    write(value) {
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
        const made = copyName.exec(name)?.[1];
        return made === undefined ? [] : [{ name, made }];
      });
      return copies.sort((a, b) => a.made.localeCompare(b.made)).map((copy) => path.join(file.cwd, copy.name));
    },
    remove() {
      rmSync(filePath, { force: true });
      removeLeftovers();
      conf = undefined;
    },
    setAside(reason) {
      const backup = backupPath(reason);
      renameSync(filePath, backup);
      conf = undefined;
      return backup;
    },
  };
}
