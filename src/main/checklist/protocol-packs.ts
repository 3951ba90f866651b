import { PACK_KIND, ProtocolPackSchema, MAX_PACK_BYTES, type ProtocolPack } from '../../shared/protocol/protocol-pack';
import type { Protocol } from '../../shared/protocol/protocol';
import { readJsonFile, type FileProblem } from '../files/read-json-file';
import type { ClinicConfigStore } from '../store/clinic-config';

export type PackReading = { ok: true; pack: ProtocolPack } | { ok: false; problems: FileProblem[] };

/** Reads a pack file's bytes and lists every problem it has; nothing is applied here. */
export function readPack(bytes: Uint8Array): PackReading {
  const reading = readJsonFile(bytes, ProtocolPackSchema, MAX_PACK_BYTES);
  return reading.ok ? { ok: true, pack: reading.value } : reading;
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
