import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lesson, TeachBack } from '../../../shared/content/lesson';
import { ownValue } from '../../../shared/own-value';
import type { PatientSession, SessionPatch } from '../../../shared/schemas/session';
import { LocalizedText } from '../components/LocalizedText';
import { StepFrame } from '../components/StepFrame';
import { useText } from '../i18n/voice';
import type { StepPosition } from './step-position';

export interface CheckStepProps extends StepPosition {
  lessons: readonly Lesson[];
  session: PatientSession;
  onUpdate: (patch: SessionPatch) => void;
  onNext: () => void;
  /** Goes back to the lesson part that teaches a question's answer. */
  onReadAgain: (sectionId: string) => void;
}

/** After a second miss the part goes on the patient's questions, so the team explains it in person. */
const EXPLAIN_AFTER = 2;

function TeachBackQuestion({ check, lesson, session, onUpdate, onReadAgain }: { check: TeachBack; lesson: Lesson } & Pick<CheckStepProps, 'session' | 'onUpdate' | 'onReadAgain'>) {
  const { t } = useTranslation();
  const text = useText();
  const name = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const [answered, setAnswered] = useState<string | null>(null);
  const record = ownValue(session.comprehension, check.id);
  const section = lesson.sections.find((s) => s.id === check.sectionId);
  const correct = check.options.find((option) => option.correct)?.id;

  const answer = () => {
    if (chosen === null) return;
    const right = chosen === correct;
    const attempts = (record?.attempts ?? 0) + 1;
    const patch: SessionPatch = { comprehension: { ...session.comprehension, [check.id]: { attempts, understood: right } } };
    const explainId = `explain-${check.id}`;
    if (!right && attempts >= EXPLAIN_AFTER && section && !session.questions.own.some((q) => q.id === explainId)) {
      const question = t('check.explainQuestion', { topic: text(section.heading) });
      patch.questions = { ...session.questions, own: [...session.questions.own, { id: explainId, text: question }] };
    }
    onUpdate(patch);
    setAnswered(chosen);
  };
  const wasRight = answered !== null && answered === correct;
  const added = session.questions.own.some((q) => q.id === `explain-${check.id}`);

  return (
    <fieldset className="field teach-back">
      <legend>
        <LocalizedText text={check.question} />
      </legend>
      {check.options.map((option) => (
        <label key={option.id} className="choice">
          <input
            type="radio"
            name={name}
            checked={chosen === option.id}
            onChange={() => {
              setChosen(option.id);
              setAnswered(null);
            }}
          />
          <LocalizedText text={option.text} />
        </label>
      ))}
      <button type="button" className="primary" onClick={answer} disabled={chosen === null}>
        {t('check.answer')}
      </button>
      <div role="status" aria-live="polite">
        {answered !== null && (
          <div className={wasRight ? 'feedback success' : 'feedback'}>
            <p>
              <strong>{wasRight ? t('check.right') : t('check.notQuite')}</strong> <LocalizedText text={check.explanation} />
            </p>
            {!wasRight && (
              <>
                <p>{t('check.tryAgain')}</p>
                {added && <p>{t('check.added')}</p>}
              </>
            )}
          </div>
        )}
      </div>
      {answered !== null && !wasRight && section && (
        <button type="button" className="secondary" onClick={() => onReadAgain(section.id)}>
          {t('check.readAgain')}
        </button>
      )}
    </fieldset>
  );
}

/**
 * Checking understanding: one or two teach-back questions per lesson. A wrong answer explains, offers the part
 * of the lesson to read again and another try; a second miss adds a "please explain" question for the team.
 */
export function CheckStep({ lessons, session, onUpdate, onNext, onBack, onReadAgain, ...position }: CheckStepProps) {
  const { t } = useTranslation();
  return (
    <StepFrame heading={t('check.heading')} {...position} onBack={onBack} onNext={onNext}>
      <p>{t('check.intro')}</p>
      {lessons.map((lesson) => (
        <section key={lesson.id} aria-labelledby={`check-${lesson.id}`}>
          <h2 id={`check-${lesson.id}`}>
            <LocalizedText text={lesson.title} />
          </h2>
          {lesson.checks.map((check) => (
            <TeachBackQuestion key={check.id} check={check} lesson={lesson} session={session} onUpdate={onUpdate} onReadAgain={onReadAgain} />
          ))}
        </section>
      ))}
    </StepFrame>
  );
}
