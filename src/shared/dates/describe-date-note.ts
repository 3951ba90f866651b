import type { Translate } from '@shared/i18n/i18n-setup';
import { formatCalendarDate } from './calendar-date';
import type { DateNote } from './date-notes';

/** A note on a date in the reader's language, calm and in words: "This date is before your cell collection (…)". */
export function describeDateNote(
  note: DateNote,
  keyDateLabel: (id: string) => string,
  t: Translate,
  locale: string,
): string {
  switch (note.kind) {
    case 'beforeEarlierKeyDate':
      return t('checklist:dateNotes.beforeEarlierKeyDate', {
        keyDate: keyDateLabel(note.earlierKeyDate),
        date: formatCalendarDate(note.earlierDate, locale),
      });
    case 'bookedAfterDue':
      return t('checklist:dateNotes.bookedAfterDue', {
        keyDate: keyDateLabel(note.keyDate),
        date: formatCalendarDate(note.due, locale),
      });
    default:
      return t(`checklist:dateNotes.${note.kind}`);
  }
}
