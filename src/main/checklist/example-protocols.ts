import { readdirSync } from 'node:fs';
import path from 'node:path';
import { ProtocolSchema, type Protocol } from '../../shared/protocol/protocol';
import { readShippedJson } from '../files/read-shipped-json';

/** Reads the example protocols shipped in `resources/protocols`; a bad file is a packaging error, so it throws. */
export function loadProtocolFolder(folder: string): Protocol[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readShippedJson(path.join(folder, name), ProtocolSchema, 'protocol'));
}
