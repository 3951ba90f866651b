import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lesson, TeachBack } from '@shared/content/lesson';
import { ownValue } from '@shared/values/own-value';
import type { PatientSession, SessionPatch } from '@shared/schemas/session';
import { LocalizedText } from '../components/LocalizedText';
import { PageOutline } from '../components/PageOutline';
import { StepFrame } from '../components/StepFrame';
import { useText } from '../i18n/voice';
import type { StepPosition } from './step-position';

export interface TeachBackStepProps extends StepPosition {
  lessons: readonly Lesson[];
  session: PatientSession;
  onUpdate: (patch: SessionPatch) => void;
  onNext: () => void;
  /** Goes back to the lesson part that teaches a question's answer, from that question. */
  onReadAgain: (sectionId: string, checkId: string) => void;
  /** The question the person left to read a part again: on coming back it is brought into view and focused. */
  leftAt: string | null;
  onReturned: () => void;
}

const questionId = (checkId: string) => `question-${checkId}`;
const lessonHeading = (lessonId: string) => `check-${lessonId}`;

/** After a second miss the part goes on the patient's questions, so the team explains it in person. */
const EXPLAIN_AFTER = 2;

function TeachBackQuestion({
  check,
  lesson,
  session,
  onUpdate,
  onReadAgain,
}: { check: TeachBack; lesson: Lesson } & Pick<
  TeachBackStepProps,
  'session' | 'onUpdate' | 'onReadAgain'
>) {
  const { t } = useTranslation();
  const text = useText();
  const name = useId();
  const record = ownValue(session.comprehension, check.id);
  // The answer given last is main's copy, so it and its feedback are still there after reading a part again.
  const given = check.options.find((option) => option.id === record?.answer)?.id ?? null;
  const [chosen, setChosen] = useState<string | null>(given);
  const [showing, setShowing] = useState(given !== null);
  const answered = showing ? given : null;
  const section = lesson.sections.find((s) => s.id === check.sectionId);
  const correct = check.options.find((option) => option.correct)?.id;
  // The feedback arrives with main's answer; once it shows, it is brought into view (the button may sit at the window's edge).
  const outcome = useRef<HTMLDivElement>(null);
  const awaited = useRef(false);
  useEffect(() => {
    if (!awaited.current || answered === null) return;
    awaited.current = false;
    outcome.current?.scrollIntoView({ block: 'nearest' });
  }, [answered, record?.attempts]);

  const answer = () => {
    if (chosen === null) return;
    const right = chosen === correct;
    const attempts = (record?.attempts ?? 0) + 1;
    const patch: SessionPatch = {
      comprehension: {
        ...session.comprehension,
        [check.id]: { attempts, understood: right, answer: chosen },
      },
    };
    const explainId = `explain-${check.id}`;
    if (
      !right &&
      attempts >= EXPLAIN_AFTER &&
      section &&
      !session.questions.own.some((q) => q.id === explainId)
    ) {
      const question = t('teachBack.explainQuestion', { topic: text(section.heading) });
      patch.questions = {
        ...session.questions,
        own: [...session.questions.own, { id: explainId, text: question }],
      };
    }
    awaited.current = true;
    onUpdate(patch);
    setShowing(true);
  };
  const wasRight = answered !== null && answered === correct;
  const added = session.questions.own.some((q) => q.id === `explain-${check.id}`);

  return (
    <fieldset id={questionId(check.id)} className="field teach-back" tabIndex={-1}>
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
              setShowing(false);
            }}
          />
          <LocalizedText text={option.text} />
        </label>
      ))}
      <button type="button" className="primary" onClick={answer} disabled={chosen === null}>
        {t('teachBack.answer')}
      </button>
      <div ref={outcome}>
        <div role="status" aria-live="polite">
          {answered !== null && (
            <div className={wasRight ? 'feedback success' : 'feedback'}>
              <p>
                <strong>{wasRight ? t('teachBack.right') : t('teachBack.notQuite')}</strong>{' '}
                <LocalizedText text={check.explanation} />
              </p>
              {!wasRight && (
                <>
                  <p>{t('teachBack.tryAgain')}</p>
                  {added && <p>{t('teachBack.added')}</p>}
                </>
              )}
            </div>
          )}
        </div>
        {answered !== null && !wasRight && section && (
          <button
            type="button"
            className="secondary"
            onClick={() => onReadAgain(section.id, check.id)}
          >
            {t('teachBack.readAgain')}
          </button>
        )}
      </div>
    </fieldset>
  );
}

/**
 * Checking understanding: one or two teach-back questions per lesson. A wrong answer explains, offers the part
 * of the lesson to read again and another try; a second miss adds a "please explain" question for the team.
 */
export function TeachBackStep({
  lessons,
  session,
  onUpdate,
  onNext,
  onBack,
  onReadAgain,
  leftAt,
  onReturned,
  ...position
}: TeachBackStepProps) {
  const { t } = useTranslation();
  const text = useText();
  // After the step's heading takes the focus (StepFrame's effect runs first), the question left takes it back.
  useEffect(() => {
    if (leftAt === null) return;
    const question = document.getElementById(questionId(leftAt));
    question?.scrollIntoView({ block: 'center' });
    question?.focus({ preventScroll: true });
    onReturned();
  }, [leftAt, onReturned]);
  return (
    <StepFrame heading={t('teachBack.heading')} {...position} onBack={onBack} onNext={onNext}>
      <p>{t('teachBack.intro')}</p>
      {/* Many screens of questions: each lesson's are one press away. */}
      <PageOutline
        parts={lessons.map((lesson) => ({
          id: lessonHeading(lesson.id),
          label: text(lesson.title),
        }))}
      />
      {lessons.map((lesson) => (
        <section key={lesson.id} aria-labelledby={lessonHeading(lesson.id)}>
          <h2 id={lessonHeading(lesson.id)}>
            <LocalizedText text={lesson.title} />
          </h2>
          {lesson.checks.map((check) => (
            <TeachBackQuestion
              key={check.id}
              check={check}
              lesson={lesson}
              session={session}
              onUpdate={onUpdate}
              onReadAgain={onReadAgain}
            />
          ))}
        </section>
      ))}
    </StepFrame>
  );
}
