import type { z } from 'zod';
import type { StoreNotice } from '@shared/schemas/store-notice';
import { UnreadableDocumentError, type JsonDocument } from './json-document';

/** Turns a file of format version N into version N + 1. Pure: takes and returns plain JSON. */
export type UpgradeStep = (previous: Record<string, unknown>) => Record<string, unknown>;

export interface VersionedFormat<T extends { formatVersion: number }> {
  store: StoreNotice['store'];
  schema: z.ZodType<T>;
  currentVersion: T['formatVersion'];
  /** upgrades[n] upgrades a version-n file to version n + 1; one step for every version ever released. */
  upgrades: Readonly<Record<number, UpgradeStep>>;
  /** What a first start gets: there is no file and no copy of one. */
  initial: () => T;
  /**
   * What the app goes on with when the file could not be used: `unusable` is the old file's JSON where it could
   * still be parsed (else undefined), `notice` what the person is told. Without it, the initial value.
   */
  recover?: (
    unusable: unknown,
    notice: StoreNotice,
  ) => { value: T; salvaged: StoreNotice['salvaged'] };
}

export interface OpenedDocument<T> {
  value: T;
  notice: StoreNotice | null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const reasonOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

/**
 * Reads a store file whose format version the app owns (rather than electron-store's `migrations`, which its
 * author documents as buggy). A file that cannot be used as it is gets moved aside and reported, the app goes on
 * with what the format recovers from it, and nothing is thrown away silently. An upgrade backs the old file up
 * first. Only a file that is absent, with no copy of it set aside, is a first start.
 */
export function openVersionedDocument<T extends { formatVersion: number }>(
  doc: JsonDocument,
  format: VersionedFormat<T>,
): OpenedDocument<T> {
  // `copy`: where the old file already is (the file is missing); otherwise it is moved aside now.
  const startFresh = (
    problem: StoreNotice['problem'],
    detail: string,
    unusable?: unknown,
    copy?: string,
  ): OpenedDocument<T> => {
    let told: StoreNotice = {
      store: format.store,
      problem,
      backupPath: copy ?? doc.path,
      detail,
      memoryOnly: false,
      salvaged: [],
    };
    // A file that can be neither moved aside nor replaced is left as it is and nothing is written over it.
    const keepToMemory = (what: string, error: unknown) => ({
      ...told,
      memoryOnly: true,
      detail: `${told.detail} It could not be ${what} (${reasonOf(error)}).`,
    });
    if (copy === undefined) {
      try {
        told = { ...told, backupPath: doc.setAside(problem) };
      } catch (error) {
        told = keepToMemory('moved aside', error);
      }
    }
    const { value, salvaged } = format.recover?.(unusable, told) ?? {
      value: format.initial(),
      salvaged: [],
    };
    if (!told.memoryOnly) {
      try {
        doc.write(value);
      } catch (error) {
        told = keepToMemory('replaced', error);
      }
    }
    return { value, notice: { ...told, salvaged } };
  };

  let raw: unknown;
  try {
    raw = doc.read();
  } catch (error) {
    if (error instanceof UnreadableDocumentError) return startFresh('unreadable', error.detail);
    return startFresh('cannot-open', `The file could not be opened (${reasonOf(error)}).`);
  }
  if (raw === undefined) {
    const newest = doc.copiesAside().at(-1);
    if (newest !== undefined)
      return startFresh(
        'missing',
        'The file is missing, but copies of it were set aside before.',
        undefined,
        newest,
      );
    const value = format.initial();
    doc.write(value);
    return { value, notice: null };
  }
  // An empty object is no first start either: it is how the store reads a file holding null, an array or a bare value.
  if (!isRecord(raw) || !Number.isInteger(raw.formatVersion) || (raw.formatVersion as number) < 1) {
    return startFresh('invalid', 'The file has no format version.', raw);
  }

  const found = raw.formatVersion as number;
  if (found > format.currentVersion) {
    return startFresh(
      'newer-version',
      `The file was written by a newer version of the app (format ${found}).`,
      raw,
    );
  }
  let upgraded = raw;
  for (let version = found; version < format.currentVersion; version += 1) {
    const step = format.upgrades[version];
    if (!step) return startFresh('upgrade-failed', `No upgrade from format ${version}.`, raw);
    try {
      upgraded = { ...step(upgraded), formatVersion: version + 1 };
    } catch (error) {
      return startFresh(
        'upgrade-failed',
        `Upgrading from format ${version} failed: ${String(error)}`,
        raw,
      );
    }
  }

  const parsed = format.schema.safeParse(upgraded);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`)
      .join('; ');
    return startFresh(
      'invalid',
      `The file does not match format ${format.currentVersion}: ${where}`,
      raw,
    );
  }
  if (found !== format.currentVersion) {
    doc.backUp(`before-upgrade-from-v${found}`);
    doc.write(parsed.data);
  }
  return { value: parsed.data, notice: null };
}
