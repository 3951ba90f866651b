import { readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ProtocolSchema, type Protocol } from '@shared/protocol/protocol';
import { IdSchema } from '@shared/schemas/id';
import { readShippedJson } from '../files/read-shipped-json';

const protocolFiles = (folder: string) =>
  readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(folder, name));

/** Reads the example protocols shipped in `resources/protocols`; a bad file is a packaging error, so it throws. */
export function loadProtocolFolder(folder: string): Protocol[] {
  return protocolFiles(folder).map((file) => readShippedJson(file, ProtocolSchema, 'protocol'));
}

/** What is read of every file to find a protocol by id. */
const ProtocolIdSchema = z.object({ id: IdSchema });

export interface ProtocolFolder {
  /** Every protocol's id, in file order. */
  ids: readonly string[];
  /** The protocol with `id`, checked in full when first asked for; a bad file throws, as in loadProtocolFolder. */
  protocol(id: string): Protocol | undefined;
}

/**
 * The shipped protocols by id, each file read only as far as its id: the headless command needs one or two of
 * them, and checking every one in full was a sixth of a first handout's time.
 */
export function protocolFolder(folder: string): ProtocolFolder {
  const files = new Map<string, string>();
  for (const file of protocolFiles(folder)) {
    const { id } = readShippedJson(file, ProtocolIdSchema, 'protocol');
    if (!files.has(id)) files.set(id, file);
  }
  const checked = new Map<string, Protocol>();
  return {
    ids: [...files.keys()],
    protocol(id) {
      const file = files.get(id);
      if (file === undefined) return undefined;
      let protocol = checked.get(id);
      if (!protocol) {
        protocol = readShippedJson(file, ProtocolSchema, 'protocol');
        checked.set(id, protocol);
      }
      return protocol;
    },
  };
}
