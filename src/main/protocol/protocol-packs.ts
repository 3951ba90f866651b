import {
  PACK_FORMAT,
  PACK_KIND,
  PackFileSchema,
  ProtocolPackSchema,
  MAX_PACK_BYTES,
  type ProtocolPack,
} from '@shared/protocol/protocol-pack';
import type { Protocol } from '@shared/protocol/protocol';
import { readJsonFile, type FileProblem } from '../files/read-json-file';
import type { ProtocolEditor, SaveOutcome } from '../clinician/protocol-editor';

export type PackReading = { ok: true; pack: ProtocolPack } | { ok: false; problems: FileProblem[] };

/** Reads a pack file's bytes and lists every problem it has; nothing is applied here. */
export function readPack(bytes: Uint8Array): PackReading {
  const reading = readJsonFile(bytes, PackFileSchema, MAX_PACK_BYTES);
  return reading.ok ? { ok: true, pack: reading.value } : reading;
}

/** What importing a pack did to each of its protocols. */
export interface PackImport {
  /** New here, with the version number they came with. */
  added: SaveOutcome[];
  /** Saved as a new version above the one the clinic had (saved by staff or shipped), which stays in the history. */
  replaced: SaveOutcome[];
  /** Already here with the same content: nothing was written. */
  unchanged: SaveOutcome[];
}

/**
 * Applies a valid pack all at once, each protocol saved as the protocol editor saves one: as a new version
 * numbered above the current one, never rewinding what staff saved, recorded in the history with its hash.
 */
export function importPack(editor: ProtocolEditor, pack: ProtocolPack): PackImport {
  const outcomes = editor.saveAll(pack.protocols);
  return {
    added: outcomes.filter((o) => o.previousVersion === null),
    replaced: outcomes.filter((o) => o.changed && o.previousVersion !== null),
    unchanged: outcomes.filter((o) => !o.changed),
  };
}

/** The pack file for these protocols, as UTF-8 JSON text. */
export function exportPack(protocols: readonly Protocol[], exportedAt: Date): Uint8Array {
  const pack: ProtocolPack = {
    kind: PACK_KIND,
    formatVersion: PACK_FORMAT,
    exportedAt: exportedAt.toISOString(),
    protocols: [...protocols],
  };
  return new TextEncoder().encode(`${JSON.stringify(ProtocolPackSchema.parse(pack), null, 2)}\n`);
}
