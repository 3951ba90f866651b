import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ReviewPartProps {
  heading: string;
  /** The answers as they stand, to read. */
  summary: ReactNode;
  /** The same fields the part's step shows, opened here in place; or, for a part that is changed on its own step, how to go there. */
  editor: ReactNode | { goTo: () => void };
}

/** One part of the review: its answers, and a "Change" button that opens its fields right here. */
export function ReviewPart({ heading, summary, editor }: ReviewPartProps) {
  const { t } = useTranslation();
  const ids = { heading: useId(), body: useId() };
  const [editing, setEditing] = useState(false);
  const elsewhere = typeof editor === 'object' && editor !== null && 'goTo' in editor;
  return (
    <section className="review-part" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{heading}</h2>
      {elsewhere ? (
        <button type="button" className="secondary" aria-label={t('review.changePart', { part: heading })} onClick={editor.goTo}>
          {t('review.change')}
        </button>
      ) : (
        <button type="button" className="secondary" aria-expanded={editing} aria-controls={ids.body} aria-label={t(editing ? 'review.donePart' : 'review.changePart', { part: heading })} onClick={() => setEditing(!editing)}>
          {t(editing ? 'review.done' : 'review.change')}
        </button>
      )}
      <div id={ids.body} className="summary">
        {editing && !elsewhere ? editor : summary}
      </div>
    </section>
  );
}
