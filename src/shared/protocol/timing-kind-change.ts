import type { KeyDateOffset, Timing } from '@shared/schemas/timing';

/** Where a timing starts: its own day, or a span's first day. */
const firstDay = (timing: Timing): KeyDateOffset =>
  timing.kind === 'span'
    ? timing.start
    : {
        amount: timing.amount,
        unit: timing.unit,
        relation: timing.relation,
        keyDate: timing.keyDate,
      };

/**
 * The same timing as another kind, when staff change it in the editor: the day stays where it was, and a new
 * span starts there and ends one unit later, so it is valid at once and staff only move its end.
 */
export function withTimingKind(timing: Timing, kind: Timing['kind']): Timing {
  const start = firstDay(timing);
  if (kind !== 'span') return { kind, ...start };
  const signed = start.relation === 'before' ? -start.amount : start.amount;
  const end = signed + 1;
  return {
    kind,
    start,
    end: { ...start, amount: Math.abs(end), relation: end < 0 ? 'before' : 'after' },
  };
}
