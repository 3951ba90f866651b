import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QuestionTopicSchema } from '../../../shared/protocol/preparation';
import { resolveText } from '../../../shared/schemas/localized-text';
import type { PatientSession, SessionPatch } from '../../../shared/schemas/session';
import { useProtocol } from '../api/use-protocol';
import { ErrorMessage } from '../components/ErrorMessage';
import { LocalizedText } from '../components/LocalizedText';
import { StepFrame } from '../components/StepFrame';
import { useLanguage } from '../i18n/use-language';
import type { StepPosition } from './step-position';

export interface QuestionsStepProps extends StepPosition {
  session: PatientSession;
  onUpdate: (patch: SessionPatch) => void;
  onNext: () => void;
}

const TOP = 3;
let counter = 0;

/**
 * The questions to take to the care team: picked from the checklist's bank by topic, the patient's own, and
 * the three that matter most, which the handout prints first.
 */
export function QuestionsStep({ session, onUpdate, onNext, ...position }: QuestionsStepProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const ownId = useId();
  const [draft, setDraft] = useState('');
  const { chosen, own, topThree } = session.questions;
  const { protocol, error } = useProtocol(session.protocolId ?? '');

  const set = (questions: Partial<PatientSession['questions']>) => onUpdate({ questions: { ...session.questions, ...questions } });
  // A question taken off the list is also taken out of the top three.
  const toggleChosen = (id: string) => (chosen.includes(id) ? set({ chosen: chosen.filter((c) => c !== id), topThree: topThree.filter((c) => c !== id) }) : set({ chosen: [...chosen, id] }));
  const toggleTop = (id: string) => (topThree.includes(id) ? set({ topThree: topThree.filter((c) => c !== id) }) : topThree.length < TOP && set({ topThree: [...topThree, id] }));
  const addOwn = () => {
    const text = draft.trim();
    if (text === '') return;
    set({ own: [...own, { id: `own-${Date.now().toString(36)}-${(counter += 1)}`, text }] });
    setDraft('');
  };
  const picked = [
    ...(protocol?.questions.filter((q) => chosen.includes(q.id)).map((q) => ({ id: q.id, text: resolveText(q.text, language).text })) ?? []),
    ...own,
  ];

  return (
    <StepFrame heading={t('questions.heading')} onNext={onNext} {...position}>
      <p>{t('questions.intro')}</p>
      <ErrorMessage error={error} />
      {protocol &&
        QuestionTopicSchema.options
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
                <button
                  type="button"
                  className="secondary"
                  aria-label={t('questions.removeOne', { question: q.text })}
                  onClick={() => set({ own: own.filter((o) => o.id !== q.id), topThree: topThree.filter((id) => id !== q.id) })}
                >
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
    </StepFrame>
  );
}
