import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionTopicSchema } from '../../../shared/protocol/preparation';
import type { Protocol } from '../../../shared/protocol/protocol';
import type { PatientSession } from '../../../shared/schemas/session';
import { useText } from '../i18n/voice';
import { useConfirm } from './ConfirmDialog';
import { LocalizedText } from './LocalizedText';
import { pickedQuestions } from './picked-questions';

type Questions = PatientSession['questions'];
const TOP = 3;
let counter = 0;

/**
 * The questions to take to the care team: picked from the checklist's bank by topic, the patient's own, and the
 * three that matter most, which the handout prints first. The questions step and the review both show it.
 */
export function QuestionPicker({ protocol, questions, onChange }: { protocol: Protocol; questions: Questions; onChange: (questions: Questions) => void }) {
  const { t } = useTranslation();
  const text = useText();
  const ownId = useId();
  const [draft, setDraft] = useState('');
  const { confirm, dialog } = useConfirm();
  const { chosen, own, topThree } = questions;

  const set = (change: Partial<Questions>) => onChange({ ...questions, ...change });
  // A question taken off the list is also taken out of the top three.
  const toggleChosen = (id: string) => (chosen.includes(id) ? set({ chosen: chosen.filter((c) => c !== id), topThree: topThree.filter((c) => c !== id) }) : set({ chosen: [...chosen, id] }));
  const toggleTop = (id: string) => (topThree.includes(id) ? set({ topThree: topThree.filter((c) => c !== id) }) : topThree.length < TOP && set({ topThree: [...topThree, id] }));
  const addOwn = () => {
    const text = draft.trim();
    if (text === '') return;
    set({ own: [...own, { id: `own-${Date.now().toString(36)}-${(counter += 1)}`, text }] });
    setDraft('');
  };
  const removeOwn = async (question: Questions['own'][number]) => {
    if (!(await confirm(t('questions.confirmRemove', { question: question.text }), t('questions.remove')))) return;
    set({ own: own.filter((o) => o.id !== question.id), topThree: topThree.filter((id) => id !== question.id) });
    document.getElementById(ownId)?.focus();
  };
  const picked = pickedQuestions(protocol, questions, text);

  return (
    <>
      {QuestionTopicSchema.options
        .filter((topic) => protocol.questions.some((q) => q.topic === topic))
        .map((topic) => (
          <fieldset key={topic} className="field">
            <legend>{t(`clinician:topics.${topic}`)}</legend>
            {protocol.questions
              .filter((q) => q.topic === topic)
              .map((q) => (
                <label key={q.id} className="choice">
                  <input type="checkbox" checked={chosen.includes(q.id)} onChange={() => toggleChosen(q.id)} />
                  <LocalizedText text={q.text} />
                </label>
              ))}
          </fieldset>
        ))}

      <section aria-labelledby={`${ownId}-heading`}>
        <h2 id={`${ownId}-heading`}>{t('questions.ownHeading')}</h2>
        <form
          className="field-row"
          onSubmit={(event) => {
            event.preventDefault();
            addOwn();
          }}
        >
          <label htmlFor={ownId}>{t('questions.ownLabel')}</label>
          <textarea id={ownId} dir="auto" maxLength={1000} rows={2} value={draft} onChange={(event) => setDraft(event.target.value)} />
          <button type="submit" className="secondary">
            {t('questions.add')}
          </button>
        </form>
        {own.length > 0 && (
          <ul className="items">
            {own.map((q) => (
              <li key={q.id}>
                <span dir="auto">{q.text}</span>
                <button type="button" className="secondary" aria-label={t('questions.removeOne', { question: q.text })} onClick={() => void removeOwn(q)}>
                  {t('questions.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      {picked.length > 0 && (
        <fieldset className="field" aria-describedby={`${ownId}-top-hint`}>
          <legend>{t('questions.topHeading')}</legend>
          <p id={`${ownId}-top-hint`} className="hint" aria-live="polite">
            {t('questions.topHint', { count: TOP - topThree.length })}
          </p>
          {picked.map((q) => (
            <label key={q.id} className="choice">
              <input type="checkbox" checked={topThree.includes(q.id)} disabled={!topThree.includes(q.id) && topThree.length >= TOP} onChange={() => toggleTop(q.id)} />
              <span dir="auto">{q.text}</span>
            </label>
          ))}
        </fieldset>
      )}
      {dialog}
    </>
  );
}
