import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { MAX_PACK_BYTES } from '../../shared/protocol/protocol-pack';
import type { Protocol } from '../../shared/protocol/protocol';
import { readPack, type PackProblem } from './protocol-packs';

/**
 * Where an organization running many kiosks puts the pack every machine must use. It is read-only to the
 * app: its protocols appear locked in the editor and win over local edits.
 */
export function managedPackPath(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string {
  if (platform === 'win32') return path.win32.join(env.ProgramData ?? 'C:\\ProgramData', 'Gene Therapy Companion', 'managed-pack.json');
  if (platform === 'darwin') return '/Library/Application Support/Gene Therapy Companion/managed-pack.json';
  return '/etc/gene-therapy-companion/managed-pack.json';
}

export type ManagedPack =
  | { state: 'none'; path: string }
  | { state: 'loaded'; path: string; protocols: Protocol[] }
  | { state: 'refused'; path: string; problems: PackProblem[] };

/** Reads the managed pack once at start. A bad one is refused whole (and reported), never half applied. */
export function loadManagedPack(file: string): ManagedPack {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return { state: 'none', path: file };
  }
  if (size > MAX_PACK_BYTES) {
    return { state: 'refused', path: file, problems: [{ location: '(whole file)', message: `the file is ${size} bytes; a pack may be at most ${MAX_PACK_BYTES}` }] };
  }
  const reading = readPack(new Uint8Array(readFileSync(file)));
  return reading.ok ? { state: 'loaded', path: file, protocols: reading.pack.protocols } : { state: 'refused', path: file, problems: reading.problems };
}
