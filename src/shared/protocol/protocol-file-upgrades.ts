import { withSourceKinds } from '@shared/schemas/legacy-sources';
import { protocolWithTimingKinds } from './timing-kinds-upgrade';
import { upgradeWarningSigns } from './warning-sign-levels-upgrade';

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Protocol format 2, released at once with clinic file format 6, pack and plan format 2: every timing says which
 * kind it is, warning signs have three levels and can name a sign from the shipped list, and every source says
 * whether it is primary (older citations become secondary, not yet reviewed). The notes these upgrades leave for
 * staff go on sources, so sources get their kind last.
 */
export const protocolToFormat2 = (protocol: unknown): unknown =>
  withSourceKinds(upgradeWarningSigns(protocolWithTimingKinds(protocol)));

/**
 * Upgrades of the protocols inside the files that carry them (packs, patient plans): the step at n turns the
 * protocols of a format-n file into format n + 1. Packs and plans number their formats alike: 2 since timings
 * say which kind they are and warning signs have three levels.
 */
const PROTOCOL_UPGRADES = new Map<number, (protocol: unknown) => unknown>([[1, protocolToFormat2]]);

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
