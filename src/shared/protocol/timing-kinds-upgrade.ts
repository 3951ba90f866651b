import { LIMITS } from '@shared/schemas/limits';

/**
 * Protocols saved before a timing said which kind it is (one exact day, a deadline, or a span) held
 * `{ amount, unit, relation, keyDate, atLeast }`, and every one was printed "By <date>". This gives each its kind.
 * Only "at least … before" is plainly a deadline. Any other is read the way that is safe for the patient (one
 * exact day, which also meets a deadline; for a medicine to avoid or pause after a key date, the whole span from
 * that date) and marked for staff in the item's reviewer note, which the editor shows and patients never see.
 */
type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** A list's items changed one by one; anything else is left for the schema to report. */
const eachOf = (value: unknown, change: (item: unknown) => unknown): unknown =>
  Array.isArray(value) ? value.map(change) : value;

export const TIMING_READ_AS_DAY =
  'Check the timing: it was saved before timings said which kind they are, and is now read as one exact day ("on"), the safe reading. If it is a deadline or a span, choose that kind.';
export const TIMING_READ_AS_SPAN =
  'Check the timing: it was saved before timings said which kind they are, and is now read as a span from the key date to that day, the safe reading for a medicine to avoid or pause. If it is one day or a deadline, choose that kind.';

/** The old timing's kind, and the note for staff where the old shape did not say it. */
function readOldTiming(old: Json, action: unknown): { timing: Json; note: string | null } {
  const { atLeast, ...offset } = old;
  if (offset.relation === 'before' && atLeast === true)
    return { timing: { kind: 'by', ...offset }, note: null };
  if (
    (action === 'avoid' || action === 'pause') &&
    offset.relation === 'after' &&
    offset.amount !== 0
  ) {
    return {
      timing: { kind: 'span', start: { ...offset, amount: 0 }, end: offset },
      note: TIMING_READ_AS_SPAN,
    };
  }
  return { timing: { kind: 'on', ...offset }, note: TIMING_READ_AS_DAY };
}

/** The note first, so staff see it; an older note is shortened where both would pass the limit. */
function withNote(source: unknown, note: string): unknown {
  if (!isRecord(source)) return source;
  const older = typeof source.reviewerNote === 'string' ? source.reviewerNote : '';
  const joined = older === '' ? note : `${note} ${older}`;
  const kept =
    joined.length <= LIMITS.reviewerNote
      ? joined
      : `${joined.slice(0, LIMITS.reviewerNote - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
  return { ...source, reviewerNote: kept };
}

/** One test or medicine rule with its timing given a kind; an item already holding one is left as it is. */
function itemWithTimingKind(item: unknown): unknown {
  if (!isRecord(item) || !isRecord(item.timing) || 'kind' in item.timing) return item;
  const { timing, note } = readOldTiming(item.timing, item.action);
  return note === null
    ? { ...item, timing }
    : { ...item, timing, source: withNote(item.source, note) };
}

/** A protocol in plain JSON (from a store file, a pack or a plan) with every timing given its kind. */
export function protocolWithTimingKinds(protocol: unknown): unknown {
  if (!isRecord(protocol)) return protocol;
  return {
    ...protocol,
    tests: eachOf(protocol.tests, itemWithTimingKind),
    medications: eachOf(protocol.medications, itemWithTimingKind),
  };
}
