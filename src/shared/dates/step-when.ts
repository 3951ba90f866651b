import type { MedicationAction } from '@shared/protocol/preparation';
import type { Timing } from '@shared/schemas/timing';
import type { CalendarDate } from './calendar-date';
import { dueDate, type KnownKeyDates } from './due-dates';
import type { TimelineWhen } from './timeline-items';

/** A step of preparation with a day to act on: a test to have, or a medicine rule (its action says what to do). */
export type TimedStep =
  | { kind: 'test'; timing: Timing }
  | { kind: 'medicinePause'; action: MedicationAction; timing: Timing };

/**
 * The day or days a step falls on for this patient, counted from its key dates; `unknown` while one of them is
 * not known, never guessed. A medicine paused over a span is marked `pause`, so its ends read "stop" and "restart".
 */
export function stepWhen(
  step: TimedStep,
  keyDates: KnownKeyDates,
  today: CalendarDate,
): TimelineWhen {
  const { timing } = step;
  if (timing.kind !== 'span') {
    const due = dueDate(timing, keyDates, today);
    if (due.kind === 'relative') return { kind: 'unknown', keyDate: due.keyDate };
    return timing.kind === 'by'
      ? { kind: 'day', date: due.date, deadline: true }
      : { kind: 'day', date: due.date };
  }
  const [start, end] = [
    dueDate(timing.start, keyDates, today),
    dueDate(timing.end, keyDates, today),
  ];
  if (start.kind === 'relative') return { kind: 'unknown', keyDate: start.keyDate };
  if (end.kind === 'relative') return { kind: 'unknown', keyDate: end.keyDate };
  const pause = step.kind === 'medicinePause' && step.action === 'pause';
  return {
    kind: 'span',
    start: start.date,
    end: end.date,
    ...(pause ? { pause: true as const } : {}),
  };
}

/**
 * Whether the day to act has gone by: for a test its last day (the day, the deadline, the end of its span); for a
 * medicine its first (the day to stop, avoid or start it), so a medicine that should already be paused is flagged.
 * Key dates, rules after treatment and follow-up visits are not deadlines.
 */
export function deadlinePassed(
  kind: TimedStep['kind'],
  when: TimelineWhen,
  today: CalendarDate,
): boolean {
  switch (when.kind) {
    case 'day':
      return when.date < today;
    case 'span':
      return (kind === 'test' ? when.end : when.start) < today;
    default:
      return false;
  }
}
