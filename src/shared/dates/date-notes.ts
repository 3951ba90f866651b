import type { Protocol } from '@shared/protocol/protocol';
import { ownValue } from '@shared/values/own-value';
import type { HandoutPatient } from '@shared/schemas/session';
import { addMonths, type CalendarDate } from './calendar-date';
import { dueDate } from './due-dates';

/** A date more than this many months from today, either way, is most likely a slip of the year. */
export const FAR_MONTHS = 12;

/** Whose date a note is about: one of the protocol's key dates, or the date of one of its tests. */
export type DateSubject = { kind: 'keyDate' | 'test'; id: string };

type DateNoteDetail =
  /** A key date before one the protocol lists ahead of it (an infusion before the chemotherapy that prepares for it). */
  | { kind: 'beforeEarlierKeyDate'; earlierKeyDate: string; earlierDate: CalendarDate }
  /** A key date already gone by: the walkthrough prepares for steps still to come. */
  | { kind: 'keyDatePassed' }
  | { kind: 'farAhead' }
  | { kind: 'longAgo' }
  | { kind: 'doneInFuture' }
  | { kind: 'bookedInPast' }
  /** A test booked for after the day it is needed by. */
  | { kind: 'bookedAfterDue'; keyDate: string; due: CalendarDate };

/**
 * Something about a date the person entered that is probably a slip: worth a calm word beside the field and on
 * the review, never a reason to refuse it. `id` is unique among the notes.
 */
export type DateNote = { id: string; subject: DateSubject; date: CalendarDate } & DateNoteDetail;

/** Where the subject's date is in the answers: "keyDates.infusion", "tests.pregnancy-test.date". */
export function dateFieldPath(subject: DateSubject): string {
  return subject.kind === 'keyDate' ? `keyDates.${subject.id}` : `tests.${subject.id}.date`;
}

/**
 * Every note on the dates a patient entered, in the protocol's order: key dates first, then tests. Decided here
 * once, for the fields, the review and the handout command's warnings alike.
 */
export function dateNotes(
  protocol: Pick<Protocol, 'keyDates' | 'tests'>,
  answers: Partial<Pick<HandoutPatient, 'keyDates' | 'tests'>>,
  today: CalendarDate,
): DateNote[] {
  const keyDates = answers.keyDates ?? {};
  const tests = answers.tests ?? {};
  const notes: DateNote[] = [];
  const add = (subject: DateSubject, date: CalendarDate, detail: DateNoteDetail) =>
    notes.push({ ...detail, id: `${dateFieldPath(subject)}:${detail.kind}`, subject, date });
  const aheadLimit = addMonths(today, FAR_MONTHS);
  const agoLimit = addMonths(today, -FAR_MONTHS);

  protocol.keyDates.forEach((keyDate, index) => {
    const date = ownValue(keyDates, keyDate.id);
    if (!date) return;
    const subject: DateSubject = { kind: 'keyDate', id: keyDate.id };
    // The first key date the protocol lists ahead of this one that the patient put later.
    const earlier = protocol.keyDates
      .slice(0, index)
      .find((other) => (ownValue(keyDates, other.id) ?? '') > date);
    const earlierDate = earlier && ownValue(keyDates, earlier.id);
    if (earlier && earlierDate)
      add(subject, date, { kind: 'beforeEarlierKeyDate', earlierKeyDate: earlier.id, earlierDate });
    if (date < today) add(subject, date, { kind: 'keyDatePassed' });
    else if (date > aheadLimit) add(subject, date, { kind: 'farAhead' });
  });

  for (const test of protocol.tests) {
    const progress = ownValue(tests, test.id);
    if (!progress?.date || progress.status === 'not-yet') continue;
    const { date } = progress;
    const subject: DateSubject = { kind: 'test', id: test.id };
    if (progress.status === 'done') {
      if (date > today) add(subject, date, { kind: 'doneInFuture' });
      else if (date < agoLimit) add(subject, date, { kind: 'longAgo' });
      continue;
    }
    // The last day it may be done (its day, its deadline, or the end of its span), where that is before a key date.
    const end = test.timing && (test.timing.kind === 'span' ? test.timing.end : test.timing);
    const last = end?.relation === 'before' ? end : null;
    const due = last ? dueDate(last, keyDates, today) : null;
    if (date < today) add(subject, date, { kind: 'bookedInPast' });
    else if (last && due?.kind === 'dated' && date > due.date)
      add(subject, date, { kind: 'bookedAfterDue', keyDate: last.keyDate, due: due.date });
    else if (date > aheadLimit) add(subject, date, { kind: 'farAhead' });
  }
  return notes;
}
