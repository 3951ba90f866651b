import { LIMITS } from '@shared/schemas/limits';
import type { SignLevel } from '@shared/warning-signs/sign-level';

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What staff read on an upgraded sign's source: the old "call the team" had no day or night, no "within a day". */
export const CALL_TEAM_REVIEW_NOTE =
  'Check this level: before warning signs had three levels, this sign said "call the care team now". It now reads "call the team now, day or night", the safe reading; choose "emergency now" or "within a day" if that is what your center means.';

/** The old two levels in the new three; "call-team" takes the more urgent reading of the two it could mean. */
const LEVEL_OF_URGENCY = new Map<unknown, SignLevel>([
  ['emergency', 'emergency'],
  ['call-team', 'call-team-now'],
]);

/**
 * A warning sign as protocols wrote it before the shipped list of signs: its own words and `urgency`. It becomes
 * the clinic's own sign at the matching level; a "call-team" one is marked on its source for staff to review.
 * Anything else is left as it is, for the schema to judge.
 */
function upgradeSign(sign: unknown): unknown {
  if (!isRecord(sign) || 'kind' in sign || !LEVEL_OF_URGENCY.has(sign.urgency)) return sign;
  const { urgency, ...rest } = sign;
  const level = LEVEL_OF_URGENCY.get(urgency);
  if (level !== 'call-team-now' || !isRecord(rest.source)) return { kind: 'own', ...rest, level };
  const earlier =
    typeof rest.source.reviewerNote === 'string' ? ` ${rest.source.reviewerNote}` : '';
  const reviewerNote = `${CALL_TEAM_REVIEW_NOTE}${earlier}`.slice(0, LIMITS.reviewerNote);
  return { kind: 'own', ...rest, level, source: { ...rest.source, reviewerNote } };
}

/** A protocol (plain JSON, as stored or imported) with its warning signs in the three-level shape. */
export function upgradeWarningSigns(protocol: unknown): unknown {
  if (
    !isRecord(protocol) ||
    !isRecord(protocol.afterTreatment) ||
    !Array.isArray(protocol.afterTreatment.warningSigns)
  )
    return protocol;
  return {
    ...protocol,
    afterTreatment: {
      ...protocol.afterTreatment,
      warningSigns: protocol.afterTreatment.warningSigns.map(upgradeSign),
    },
  };
}
