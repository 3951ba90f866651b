import { PACK_KIND, ProtocolPackSchema, MAX_PACK_BYTES, type ProtocolPack } from '../../shared/protocol/protocol-pack';
import type { Protocol } from '../../shared/protocol/protocol';
import type { ClinicConfigStore } from '../store/clinic-config';

/** One thing wrong with a pack file, with where it is: "protocols[0].tests[2].timing.keyDate". */
export interface PackProblem {
  location: string;
  message: string;
}

export type PackReading = { ok: true; pack: ProtocolPack } | { ok: false; problems: PackProblem[] };

function location(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)), '') || '(whole file)';
}

/** Reads a pack file's bytes and lists every problem it has; nothing is applied here. */
export function readPack(bytes: Uint8Array): PackReading {
  if (bytes.byteLength > MAX_PACK_BYTES) {
    return { ok: false, problems: [{ location: '(whole file)', message: `the file is ${bytes.byteLength} bytes; a pack may be at most ${MAX_PACK_BYTES}` }] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problems: [{ location: '(whole file)', message: 'the file is not UTF-8 text' }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problems: [{ location: '(whole file)', message: `the file is not valid JSON: ${(error as Error).message}` }] };
  }
  const parsed = ProtocolPackSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => ({ location: location(issue.path), message: issue.message })) };
  }
  return { ok: true, pack: parsed.data };
}

export interface PackImport {
  added: string[];
  replaced: string[];
}

/** Applies a valid pack all at once: protocols with a known id replace the clinic's, the others are added. */
export function importPack(clinic: ClinicConfigStore, pack: ProtocolPack): PackImport {
  const incoming = new Map(pack.protocols.map((p) => [p.id, p]));
  const existing = new Set(clinic.protocols().map((p) => p.id));
  clinic.update((current) => ({
    ...current,
    protocols: [...current.protocols.filter((p) => !incoming.has(p.id)), ...pack.protocols],
  }));
  const ids = pack.protocols.map((p) => p.id);
  return { added: ids.filter((id) => !existing.has(id)), replaced: ids.filter((id) => existing.has(id)) };
}

/** The pack file for these protocols, as UTF-8 JSON text. */
export function exportPack(protocols: readonly Protocol[], exportedAt: Date): Uint8Array {
  const pack: ProtocolPack = { kind: PACK_KIND, formatVersion: 1, exportedAt: exportedAt.toISOString(), protocols: [...protocols] };
  return new TextEncoder().encode(`${JSON.stringify(ProtocolPackSchema.parse(pack), null, 2)}\n`);
}
