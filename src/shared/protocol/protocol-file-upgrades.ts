import { protocolWithTimingKinds } from './timing-kinds-upgrade';

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Upgrades of the protocols inside the files that carry them (packs, patient plans): the step at n turns the
 * protocols of a format-n file into format n + 1. Packs and plans number their formats alike: 2 since timings
 * say which kind they are.
 */
const PROTOCOL_UPGRADES = new Map<number, (protocol: unknown) => unknown>([[1, protocolWithTimingKinds]]);

/**
 * An older pack (`protocols`) or plan (`protocol`) brought to format `current`, for its schema to check. A file of
 * a format with no upgrade is left as it is, so the schema names its format as the problem.
 */
export function upgradeProtocolFile(file: unknown, current: number): unknown {
  if (!isRecord(file) || typeof file.formatVersion !== 'number') return file;
  let upgraded = file;
  for (let version = file.formatVersion; version < current; version += 1) {
    const step = PROTOCOL_UPGRADES.get(version);
    if (!step) return file;
    const { protocols, protocol } = upgraded;
    upgraded = {
      ...upgraded,
      formatVersion: version + 1,
      ...(Array.isArray(protocols) ? { protocols: protocols.map(step) } : {}),
      ...(Object.hasOwn(upgraded, 'protocol') ? { protocol: step(protocol) } : {}),
    };
  }
  return upgraded;
}
