import path from 'node:path';
import { MAX_PACK_BYTES, PackFileSchema } from '@shared/protocol/protocol-pack';
import type { Protocol } from '@shared/protocol/protocol';
import { readJsonFileAt, type FileProblem } from '../files/read-json-file';

/**
 * Where an organization running many kiosks puts the pack every machine must use. It is read-only to the
 * app: its protocols appear locked in the editor and win over local edits.
 */
export function managedPackPath(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  if (platform === 'win32')
    return path.win32.join(
      env.ProgramData ?? 'C:\\ProgramData',
      'Gene Therapy Companion',
      'managed-pack.json',
    );
  if (platform === 'darwin')
    return '/Library/Application Support/Gene Therapy Companion/managed-pack.json';
  return '/etc/gene-therapy-companion/managed-pack.json';
}

export type ManagedPack =
  | { state: 'none'; path: string }
  | { state: 'loaded'; path: string; protocols: Protocol[] }
  | { state: 'refused'; path: string; problems: FileProblem[] };

/** Reads the managed pack once at start. A bad one is refused whole (and reported), never half applied. */
export function loadManagedPack(file: string): ManagedPack {
  const reading = readJsonFileAt(file, PackFileSchema, MAX_PACK_BYTES);
  if (reading === null) return { state: 'none', path: file };
  return reading.ok
    ? { state: 'loaded', path: file, protocols: reading.value.protocols }
    : { state: 'refused', path: file, problems: reading.problems };
}
