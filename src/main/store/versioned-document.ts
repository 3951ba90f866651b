import type { z } from 'zod';
import type { StoreNotice } from '../../shared/schemas/store-notice';
import { UnreadableDocumentError, type JsonDocument } from './json-document';

/** Turns a file of format version N into version N + 1. Pure: takes and returns plain JSON. */
export type UpgradeStep = (previous: Record<string, unknown>) => Record<string, unknown>;

export interface VersionedFormat<T extends { formatVersion: number }> {
  store: StoreNotice['store'];
  schema: z.ZodType<T>;
  currentVersion: T['formatVersion'];
  /** upgrades[n] upgrades a version-n file to version n + 1; one step for every version ever released. */
  upgrades: Readonly<Record<number, UpgradeStep>>;
  initial: () => T;
}

export interface OpenedDocument<T> {
  value: T;
  notice: StoreNotice | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a store file whose format version the app owns (rather than electron-store's `migrations`, which its
 * author documents as buggy). A file that cannot be used as it is gets backed up and reported, the app goes
 * on with a fresh start, and nothing is thrown away silently. An upgrade backs the old file up first.
 */
export function openVersionedDocument<T extends { formatVersion: number }>(
  doc: JsonDocument,
  format: VersionedFormat<T>,
): OpenedDocument<T> {
  const startFresh = (problem: StoreNotice['problem'], detail: string): OpenedDocument<T> => {
    const backupPath = doc.setAside(problem);
    const value = format.initial();
    doc.write(value);
    return { value, notice: { store: format.store, problem, backupPath, detail } };
  };

  let raw: unknown;
  try {
    raw = doc.read();
  } catch (error) {
    if (error instanceof UnreadableDocumentError) return startFresh('unreadable', error.detail);
    throw error;
  }
  if (raw === undefined || (isRecord(raw) && Object.keys(raw).length === 0)) {
    const value = format.initial();
    doc.write(value);
    return { value, notice: null };
  }
  if (!isRecord(raw) || !Number.isInteger(raw.formatVersion) || (raw.formatVersion as number) < 1) {
    return startFresh('invalid', 'The file has no format version.');
  }

  const found = raw.formatVersion as number;
  if (found > format.currentVersion) {
    return startFresh('newer-version', `The file was written by a newer version of the app (format ${found}).`);
  }
  let upgraded = raw;
  for (let version = found; version < format.currentVersion; version += 1) {
    const step = format.upgrades[version];
    if (!step) return startFresh('upgrade-failed', `No upgrade from format ${version}.`);
    try {
      upgraded = { ...step(upgraded), formatVersion: version + 1 };
    } catch (error) {
      return startFresh('upgrade-failed', `Upgrading from format ${version} failed: ${String(error)}`);
    }
  }

  const parsed = format.schema.safeParse(upgraded);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`)
      .join('; ');
    return startFresh('invalid', `The file does not match format ${format.currentVersion}: ${where}`);
  }
  if (found !== format.currentVersion) {
    doc.backUp(`before-upgrade-from-v${found}`);
    doc.write(parsed.data);
  }
  return { value: parsed.data, notice: null };
}
