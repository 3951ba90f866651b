import ICAL from 'ical.js';
import { addDays, type CalendarDate } from '@shared/dates/calendar-date';
import type { TimelineItem } from '@shared/dates/timeline-items';

/** One event of a calendar file as a calendar app reads it. */
export interface ReadEvent {
  uid: string;
  summary: string;
  description: string;
  /** Whether start and end are dates with no time of day (VALUE=DATE). */
  allDay: boolean;
  start: string;
  /** Exclusive: the day after the last. */
  end: string;
  alarm: { trigger: string; description: string } | null;
}

/** Reads an .ics file with a real parser (ical.js), as a calendar app would. */
export function readCalendar(ics: string): { name: string | null; events: ReadEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const name = calendar.getFirstPropertyValue('x-wr-calname');
  const events = calendar.getAllSubcomponents('vevent').map((component): ReadEvent => {
    const event = new ICAL.Event(component);
    const alarm = component.getFirstSubcomponent('valarm');
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      allDay: event.startDate.isDate && event.endDate.isDate,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      alarm: alarm
        ? {
            trigger: String(alarm.getFirstPropertyValue('trigger')),
            description: String(alarm.getFirstPropertyValue('description')),
          }
        : null,
    };
  });
  return { name: typeof name === 'string' ? name : null, events };
}

/** The event each dated item must be: its days (a span's both ends), its words, a reminder where it needs action. */
export function expectedEvent(
  item: TimelineItem,
):
  (Pick<ReadEvent, 'uid' | 'summary' | 'allDay' | 'start' | 'end'> & { reminded: boolean }) | null {
  const range: [CalendarDate, CalendarDate] | null =
    item.when.kind === 'day'
      ? [item.when.date, item.when.date]
      : item.when.kind === 'span'
        ? [item.when.start, item.when.end]
        : item.when.kind === 'from'
          ? [item.when.start, item.when.start]
          : null;
  if (!range) return null;
  return {
    uid: `${item.id}@gene-therapy-companion`,
    summary: item.label,
    allDay: true,
    start: range[0],
    end: addDays(range[1], 1),
    reminded: item.needsAction,
  };
}
