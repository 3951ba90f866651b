import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { addDays, type CalendarDate } from '@shared/dates/calendar-date';
import type { TimelineItem } from '@shared/dates/timeline-items';

/** The words of the calendar file, in the person's language and voice. */
export interface CalendarWords {
  calendarName: string;
  /** The lines under an event's title: its timing in the checklist's words, and its date. */
  describe: (item: TimelineItem) => string;
  /** What the reminder the day before says. */
  reminder: (item: TimelineItem) => string;
}

const ymd = (date: CalendarDate): DateArray => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return [year, month, day];
};

/** The days an item covers as an all-day event: the day, both ends of a span, or the first day of a rule for life. */
function days(item: TimelineItem): { first: CalendarDate; last: CalendarDate } | null {
  switch (item.when.kind) {
    case 'day':
      return { first: item.when.date, last: item.when.date };
    case 'span':
      return { first: item.when.start, last: item.when.end };
    case 'from':
      return { first: item.when.start, last: item.when.start };
    case 'unknown':
      return null;
  }
}

/** 09:00 the day before an all-day event (its start is that day's midnight where the person is). */
const DAY_BEFORE = { hours: 15, before: true } as const;

/**
 * An iCalendar file (RFC 5545) with one all-day event per dated item: dates only (VALUE=DATE), never times, so
 * no time zone can move a day; the end is the day after the last (DTEND is exclusive). Items whose date is not
 * known yet are not events. Where the person must act, a reminder the day before.
 */
export function calendarFile(
  items: readonly TimelineItem[],
  words: CalendarWords,
  stampedAt: Date,
): string {
  const events = items.flatMap((item): EventAttributes[] => {
    const span = days(item);
    if (!span) return [];
    const event: EventAttributes & { timestamp: number } = {
      uid: `${item.id}@gene-therapy-companion`,
      // DTSTAMP: when the file was made, in UTC.
      timestamp: stampedAt.getTime(),
      start: ymd(span.first),
      end: ymd(addDays(span.last, 1)),
      title: item.label,
      description: words.describe(item),
      transp: 'TRANSPARENT',
      ...(item.needsAction
        ? {
            alarms: [{ action: 'display', description: words.reminder(item), trigger: DAY_BEFORE }],
          }
        : {}),
    };
    return [event];
  });
  const { error, value } = createEvents(events, {
    productId: '-//Gene Therapy Companion//Your dates//EN',
    calName: words.calendarName,
  });
  if (error || value === null) throw error ?? new Error('The calendar file could not be written.');
  return value;
}
