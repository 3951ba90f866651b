import { calendarDateOf } from '@shared/dates/calendar-date';
import { dateNotes, type DateNote, type DateSubject } from '@shared/dates/date-notes';
import { describeDateNote } from '@shared/dates/describe-date-note';
import type { Protocol } from '@shared/protocol/protocol';
import type { HandoutPatient } from '@shared/schemas/session';
import { keyDateLabeller } from '@shared/dates/key-date-label';
import { useLanguage } from '../i18n/use-language';
import { useText, useVoicedTranslation } from '../i18n/voice';

export interface DateNotesInWords {
  /** The notes on one date, in words, for its field. */
  on: (subject: DateSubject) => { id: string; text: string }[];
}

/** The notes on the dates a patient entered (src/shared/dates/date-notes.ts), as of today, in words. */
export function useDateNotes(
  protocol: Pick<Protocol, 'keyDates' | 'tests'>,
  answers: Partial<Pick<HandoutPatient, 'keyDates' | 'tests'>>,
): DateNotesInWords {
  const { t } = useVoicedTranslation();
  const text = useText();
  const language = useLanguage();
  const notes = dateNotes(protocol, answers, calendarDateOf(new Date()));
  const keyDateLabel = keyDateLabeller(protocol.keyDates, text);
  const describe = (note: DateNote) => describeDateNote(note, keyDateLabel, t, language);
  const on = (subject: DateSubject) =>
    notes
      .filter((note) => note.subject.kind === subject.kind && note.subject.id === subject.id)
      .map((note) => ({ id: note.id, text: describe(note) }));
  return { on };
}
