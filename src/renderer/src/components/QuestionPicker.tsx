import { useId, useState } from 'react';
import type { Lesson } from '@shared/content/lesson';
import { QuestionTopicSchema } from '@shared/protocol/preparation';
import type { Protocol } from '@shared/protocol/protocol';
import { questionList } from '@shared/walkthrough/question-list';
import type { PatientSession } from '@shared/schemas/session';
import { useText, useVoicedTranslation } from '../i18n/voice';
import { useConfirm } from './ConfirmDialog';
import { LocalizedText } from './LocalizedText';
import { UnprintableNote } from './UnprintableNote';

type Questions = PatientSession['questions'];
const TOP = 3;
let counter = 0;

export interface QuestionPickerProps {
  protocol: Protocol;
  lessons: readonly Lesson[];
  questions: Questions;
  /** Lesson parts marked "ask my team about this": on the list, to rank with the rest. */
  flagged: PatientSession['flagged'];
  onChange: (questions: Questions) => void;
}

/**
 * The questions to take to the care team: picked from the checklist's bank by topic, the patient's own, the
 * lesson parts they marked, and the three that matter most, which the handout prints first. The questions step
 * and the review both show it.
 */
export function QuestionPicker({
  protocol,
  lessons,
  questions,
  flagged,
  onChange,
}: QuestionPickerProps) {
  const { t } = useVoicedTranslation();
  const text = useText();
  const ownId = useId();
  const [draft, setDraft] = useState('');
  const { confirm, dialog } = useConfirm();
  const { chosen, own, topThree } = questions;
  const list = questionList(protocol.questions, lessons, { questions, flagged }, text, t);
  const ranked = list.top.map((q) => q.id);
  const fromLessons = list.items.filter((q) => q.source === 'lesson');

  const set = (change: Partial<Questions>) => onChange({ ...questions, ...change });
  // A question taken off the list is also taken out of the top three.
  const toggleChosen = (id: string) =>
    chosen.includes(id)
      ? set({ chosen: chosen.filter((c) => c !== id), topThree: topThree.filter((c) => c !== id) })
      : set({ chosen: [...chosen, id] });
  // Counted from the list, so an id that no longer points at a question takes no place in the top three.
  const toggleTop = (id: string) =>
    ranked.includes(id)
      ? set({ topThree: ranked.filter((c) => c !== id) })
      : ranked.length < TOP && set({ topThree: [...ranked, id] });
  const addOwn = () => {
    const text = draft.trim();
    if (text === '') return;
    set({ own: [...own, { id: `own-${Date.now().toString(36)}-${(counter += 1)}`, text }] });
    setDraft('');
  };
  const removeOwn = async (question: Questions['own'][number]) => {
    if (
      !(await confirm(
        t('questions.confirmRemove', { question: question.text }),
        t('questions.remove'),
      ))
    )
      return;
    set({
      own: own.filter((o) => o.id !== question.id),
      topThree: topThree.filter((id) => id !== question.id),
    });
    document.getElementById(ownId)?.focus();
  };

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
                  <input
                    type="checkbox"
                    checked={chosen.includes(q.id)}
                    onChange={() => toggleChosen(q.id)}
                  />
                  <LocalizedText text={q.text} />
                </label>
              ))}
          </fieldset>
        ))}

      <section aria-labelledby={`${ownId}-heading`}>
        <h2 id={`${ownId}-heading`}>{t('questions.ownHeading')}</h2>
        <form
          className="field"
          onSubmit={(event) => {
            event.preventDefault();
            addOwn();
          }}
        >
          <label htmlFor={ownId}>{t('questions.ownLabel')}</label>
          <textarea
            id={ownId}
            dir="auto"
            maxLength={1000}
            rows={2}
            aria-describedby={`${ownId}-unprintable`}
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
          />
          <UnprintableNote id={`${ownId}-unprintable`} text={draft} />
          <button type="submit" className="secondary">
            {t('questions.add')}
          </button>
        </form>
        {own.length > 0 && (
          <ul className="items">
            {own.map((q) => (
              <li key={q.id}>
                <span dir="auto">{q.text}</span>
                <UnprintableNote id={`${ownId}-${q.id}-unprintable`} text={q.text} />
                <button
                  type="button"
                  className="secondary"
                  aria-label={t('questions.removeOne', { question: q.text })}
                  onClick={() => void removeOwn(q)}
                >
                  {t('questions.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      {fromLessons.length > 0 && (
        <section aria-labelledby={`${ownId}-lessons`}>
          <h2 id={`${ownId}-lessons`}>{t('questions.lessonHeading')}</h2>
          <p className="hint">{t('questions.lessonHint')}</p>
          <ul>
            {fromLessons.map((q) => (
              <li key={q.id}>{q.text}</li>
            ))}
          </ul>
        </section>
      )}

      {list.items.length > 0 && (
        <fieldset className="field" aria-describedby={`${ownId}-top-hint`}>
          <legend>{t('questions.topHeading')}</legend>
          <p id={`${ownId}-top-hint`} className="hint" aria-live="polite">
            {t('questions.topHint', { count: TOP - ranked.length })}
          </p>
          {list.items.map((q) => (
            <label key={q.id} className="choice">
              <input
                type="checkbox"
                checked={ranked.includes(q.id)}
                disabled={!ranked.includes(q.id) && ranked.length >= TOP}
                onChange={() => toggleTop(q.id)}
              />
              <span dir="auto">{q.text}</span>
            </label>
          ))}
        </fieldset>
      )}
      {dialog}
    </>
  );
}
