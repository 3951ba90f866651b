import type { KeyDateOffset } from '@shared/schemas/timing';
import { ownValue } from '@shared/values/own-value';
import { addSpan, daysBetween, type CalendarDate } from './calendar-date';

/** Key dates the patient knows, by the protocol's key-date id; missing or null means not known yet. */
export type KnownKeyDates = Readonly<Record<string, CalendarDate | null | undefined>>;

export type DueDate =
  /** The key date is known: the step falls on `date`. */
  | { kind: 'dated'; date: CalendarDate; state: 'upcoming' | 'today' | 'passed'; daysLeft: number }
  /** The key date is not known yet: only the relative instruction can be given, never a made-up date. */
  | { kind: 'relative'; keyDate: string };

/**
 * The day a step counted from a key date falls on for this patient. "At least 8 weeks before collection" falls
 * 56 days before the collection date: the last day to do it. Whether that day is a deadline, the very day, or
 * one end of a span is the timing's kind (schemas/timing.ts).
 */
export function dueDate(
  offset: KeyDateOffset,
  keyDates: KnownKeyDates,
  today: CalendarDate,
): DueDate {
  const keyDate = ownValue(keyDates, offset.keyDate);
  if (!keyDate) return { kind: 'relative', keyDate: offset.keyDate };
  const sign = offset.relation === 'before' ? -1 : 1;
  const date = addSpan(keyDate, sign * offset.amount, offset.unit);
  const daysLeft = daysBetween(today, date);
  return {
    kind: 'dated',
    date,
    daysLeft,
    state: daysLeft > 0 ? 'upcoming' : daysLeft === 0 ? 'today' : 'passed',
  };
}
