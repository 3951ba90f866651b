import { useId } from 'react';
import type { HandoutPlan } from '../../../shared/handout/handout-plan';
import { useVoicedTranslation } from '../i18n/voice';

/** On the review, the handout's notes on the dates entered (the same as beside each field), each with whose date it is; nothing when there are none. */
export function ReviewDateNotes({ notes }: { notes: HandoutPlan['dateNotes'] }) {
  const { t } = useVoicedTranslation();
  const heading = useId();
  if (notes.length === 0) return null;
  return (
    <section className="review-part" aria-labelledby={heading}>
      <h2 id={heading}>{t('checklist:dateNotes.heading')}</h2>
      <ul>
        {notes.map((note) => (
          <li key={note.id}>
            <strong>{note.whose}</strong>: {note.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
