import type { HandoutPlan } from '@shared/handout/handout-plan';
import type { OutlinePart } from './PageOutline';
import { useVoicedTranslation } from '../i18n/voice';

/** On the review, the handout's notes on the dates entered (the same as beside each field), each with whose date it is; nothing when there are none. */
export function ReviewDateNotes({
  notes,
  part,
}: {
  notes: HandoutPlan['dateNotes'];
  part: OutlinePart;
}) {
  const { t } = useVoicedTranslation();
  if (notes.length === 0) return null;
  return (
    <section className="review-part" aria-labelledby={part.id}>
      <h2 id={part.id}>{part.label}</h2>
      <ul>
        {notes.map((note) => (
          <li key={note.id}>
            {t('review.itemWithStatus', { item: note.whose, status: note.text })}
          </li>
        ))}
      </ul>
    </section>
  );
}
