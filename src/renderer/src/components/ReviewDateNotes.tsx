import type { Protocol } from '../../../shared/protocol/protocol';
import type { DateSubject } from '../../../shared/dates/date-notes';
import type { PatientSession } from '../../../shared/schemas/session';
import type { OutlinePart } from './PageOutline';
import { useText, useVoicedTranslation } from '../i18n/voice';
import { useDateNotes } from './use-date-notes';

/** On the review, the notes on the dates entered (the same as beside each field), each with whose date it is; nothing when there are none. */
export function ReviewDateNotes({ protocol, session, part }: { protocol: Protocol; session: Pick<PatientSession, 'keyDates' | 'tests'>; part: OutlinePart }) {
  const { t } = useVoicedTranslation();
  const text = useText();
  const { notes, describe } = useDateNotes(protocol, session);
  if (notes.length === 0) return null;
  const whose = (subject: DateSubject) => {
    if (subject.kind === 'test') {
      const test = protocol.tests.find((candidate) => candidate.id === subject.id);
      return test ? text(test.name) : subject.id;
    }
    const keyDate = protocol.keyDates.find((candidate) => candidate.id === subject.id);
    return t('checklist:dateNotes.keyDateField', { keyDate: keyDate ? text(keyDate.label) : subject.id });
  };
  return (
    <section className="review-part" aria-labelledby={part.id}>
      <h2 id={part.id}>{part.label}</h2>
      <ul>
        {notes.map((note) => (
          <li key={note.id}>
            <strong>{whose(note.subject)}</strong>: {describe(note)}
          </li>
        ))}
      </ul>
    </section>
  );
}
