import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutlinePart } from './PageOutline';

export interface ReviewPartProps {
  /** Its heading, and the heading's id the review's outline links to. */
  part: OutlinePart;
  /** The answers as they stand, to read. */
  summary: ReactNode;
  /** The same fields the part's step shows, opened here in place; or, for a part that is changed on its own step, how to go there. */
  editor: ReactNode | { goTo: () => void };
}

/** One part of the review: its answers, and a "Change" button that opens its fields right here. */
export function ReviewPart({ part, summary, editor }: ReviewPartProps) {
  const { t } = useTranslation();
  const body = useId();
  const heading = part.label;
  const [editing, setEditing] = useState(false);
  const elsewhere = typeof editor === 'object' && editor !== null && 'goTo' in editor;
  return (
    <section className="review-part" aria-labelledby={part.id}>
      <h2 id={part.id}>{heading}</h2>
      {elsewhere ? (
        <button
          type="button"
          className="secondary"
          aria-label={t('review.changePart', { part: heading })}
          onClick={editor.goTo}
        >
          {t('review.change')}
        </button>
      ) : (
        <button
          type="button"
          className="secondary"
          aria-expanded={editing}
          aria-controls={body}
          aria-label={t(editing ? 'review.donePart' : 'review.changePart', { part: heading })}
          onClick={() => setEditing(!editing)}
        >
          {t(editing ? 'review.done' : 'review.change')}
        </button>
      )}
      <div id={body} className="summary">
        {editing && !elsewhere ? editor : summary}
      </div>
    </section>
  );
}
