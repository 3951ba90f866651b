import { dateFieldPath, FAR_MONTHS, type DateNote } from '@shared/dates/date-notes';
import type { CalendarDate } from '@shared/dates/calendar-date';

/**
 * A note on a date in a handout input (src/shared/dates/date-notes.ts), for the staff running the command: which
 * field, and why the date looks like a slip. Dates stay YYYY-MM-DD, as in the file.
 */
export function dateWarning(note: DateNote, protocolId: string, today: CalendarDate): string {
  const why = (() => {
    switch (note.kind) {
      case 'beforeEarlierKeyDate':
        return `${note.date} is before patient.keyDates.${note.earlierKeyDate} (${note.earlierDate}), which protocol ${protocolId} lists first`;
      case 'keyDatePassed':
        return `${note.date} is before the handout's date (${today})`;
      case 'farAhead':
        return `${note.date} is more than ${FAR_MONTHS} months after the handout's date (${today})`;
      case 'longAgo':
        return `${note.date} is more than ${FAR_MONTHS} months before the handout's date (${today})`;
      case 'doneInFuture':
        return `done on ${note.date}, after the handout's date (${today})`;
      case 'bookedInPast':
        return `booked for ${note.date}, before the handout's date (${today})`;
      case 'bookedAfterDue':
        return `booked for ${note.date}, after ${note.due}, by when it is needed (patient.keyDates.${note.keyDate})`;
    }
  })();
  return `patient.${dateFieldPath(note.subject)}: ${why}`;
}
