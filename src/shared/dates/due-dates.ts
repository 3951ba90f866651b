import type { Timing } from '../schemas/timing';
import { ownValue } from '../own-value';
import { addSpan, daysBetween, type CalendarDate } from './calendar-date';

/** Key dates the patient knows, by the protocol's key-date id; missing or null means not known yet. */
export type KnownKeyDates = Readonly<Record<string, CalendarDate | null | undefined>>;

export type DueDate =
  /** The key date is known: the step falls on `date`. */
  | { kind: 'dated'; date: CalendarDate; state: 'upcoming' | 'today' | 'passed'; daysLeft: number }
  /** The key date is not known yet: only the relative instruction can be given, never a made-up date. */
  | { kind: 'relative'; keyDate: string };

/**
 * When a timed step falls for this patient. "At least 8 weeks before collection" falls 56 days before the
 * collection date: the last day to do it. A date already passed means "talk to your care team today".
 */
export function dueDate(timing: Timing, keyDates: KnownKeyDates, today: CalendarDate): DueDate {
  const keyDate = ownValue(keyDates, timing.keyDate);
  if (!keyDate) return { kind: 'relative', keyDate: timing.keyDate };
  const sign = timing.relation === 'before' ? -1 : 1;
  const date = addSpan(keyDate, sign * timing.amount, timing.unit);
  const daysLeft = daysBetween(today, date);
  return { kind: 'dated', date, daysLeft, state: daysLeft > 0 ? 'upcoming' : daysLeft === 0 ? 'today' : 'passed' };
}
