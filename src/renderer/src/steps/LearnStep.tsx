import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry } from '@shared/content/glossary';
import type { Lesson } from '@shared/content/lesson';
import { lessonQuestionId } from '@shared/walkthrough/question-list';
import type { PatientSession, SessionPatch } from '@shared/schemas/session';
import { GlossaryText } from '../components/GlossaryText';
import { jumpToHeading } from '../components/jump-to-heading';
import { LocalizedText } from '../components/LocalizedText';
import { PageOutline } from '../components/PageOutline';
import { ReadAloud } from '../components/ReadAloud';
import { useLanguage } from '../i18n/use-language';
import { useText } from '../i18n/voice';
import { ListedWarningSigns } from '../components/WarningSignGroups';
import { StepFrame } from '../components/StepFrame';
import type { StepPosition } from './step-position';

/** Where the lessons open: at the first, at the last (coming back from the next step), or at one part to read again. */
export type LearnEntry = { at: 'start' } | { at: 'end' } | { at: 'section'; id: string };

export interface LearnStepProps extends StepPosition {
  lessons: readonly Lesson[];
  glossary: readonly GlossaryEntry[];
  session: PatientSession;
  onUpdate: (patch: SessionPatch) => void;
  onNext: () => void;
  entry: LearnEntry;
}

const partHeading = (sectionId: string) => `heading-${sectionId}`;

function firstLesson(lessons: readonly Lesson[], entry: LearnEntry): number {
  if (entry.at === 'end') return lessons.length - 1;
  if (entry.at === 'section')
    return Math.max(
      0,
      lessons.findIndex((lesson) => lesson.sections.some((section) => section.id === entry.id)),
    );
  return 0;
}

/**
 * Learning about gene therapy, one short lesson at a time: the key points first, each part's summary, and
 * "learn more" for depth. Any part can be marked "ask my team about this"; it goes on the questions list.
 */
export function LearnStep({
  lessons,
  glossary,
  session,
  onUpdate,
  onNext,
  onBack,
  entry,
  ...position
}: LearnStepProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = useText();
  const [index, setIndex] = useState(() => firstLesson(lessons, entry));
  const lessonHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const lesson = lessons[index];

  // Moving between lessons puts focus on the new lesson's title, as a new step does for its heading.
  useEffect(() => {
    if (moved.current) lessonHeading.current?.focus();
    moved.current = true;
  }, [index]);
  // Reading a part again: it is brought into view and its heading takes the focus.
  useEffect(() => {
    if (entry.at === 'section') jumpToHeading(partHeading(entry.id));
  }, [entry]);

  if (!lesson) return null;
  // Opened to read one part again, Next goes straight back to where the person came from.
  const leadsBack = position.nextLabel !== undefined;
  // A part no longer marked leaves the questions list, and so the top three too.
  const toggle = (id: string) =>
    onUpdate(
      session.flagged.includes(id)
        ? {
            flagged: session.flagged.filter((f) => f !== id),
            questions: {
              ...session.questions,
              topThree: session.questions.topThree.filter((q) => q !== lessonQuestionId(id)),
            },
          }
        : { flagged: [...session.flagged, id] },
    );

  return (
    <StepFrame
      heading={t('learn.heading')}
      {...position}
      onBack={index > 0 ? () => setIndex(index - 1) : onBack}
      onNext={index < lessons.length - 1 && !leadsBack ? () => setIndex(index + 1) : onNext}
      nextLabel={
        leadsBack
          ? position.nextLabel
          : index < lessons.length - 1
            ? t('learn.nextLesson')
            : undefined
      }
    >
      <p className="progress">
        {t('learn.lessonOf', { current: index + 1, total: lessons.length })}
      </p>
      <article className="lesson" aria-labelledby="lesson-title">
        <h2 id="lesson-title" ref={lessonHeading} tabIndex={-1}>
          <LocalizedText text={lesson.title} />
        </h2>
        {lesson.isExample && <p className="notice">{t('learn.exampleLesson')}</p>}
        <ReadAloud
          key={lesson.id}
          language={language}
          texts={[
            lesson.title,
            ...lesson.keyPoints,
            ...lesson.sections.flatMap((part) => [part.heading, part.summary]),
          ].map(text)}
        />
        <section className="key-points" aria-labelledby="key-points-heading">
          <h3 id="key-points-heading">{t('learn.keyPoints')}</h3>
          <ul>
            {lesson.keyPoints.map((point, i) => (
              <li key={i}>
                <LocalizedText text={point} />
              </li>
            ))}
          </ul>
        </section>
        <PageOutline
          parts={lesson.sections.map((section) => ({
            id: partHeading(section.id),
            label: text(section.heading),
          }))}
        />
        {lesson.sections.map((section) => {
          const flagged = session.flagged.includes(section.id);
          return (
            <section
              key={section.id}
              id={`section-${section.id}`}
              className="lesson-part"
              aria-labelledby={partHeading(section.id)}
            >
              <h3 id={partHeading(section.id)} tabIndex={-1}>
                <LocalizedText text={section.heading} />
              </h3>
              <p>
                <GlossaryText text={section.summary} glossary={glossary} />
              </p>
              {section.warningSigns && <ListedWarningSigns ids={section.warningSigns} />}
              {section.more && (
                <details>
                  <summary>{t('learn.more')}</summary>
                  <p>
                    <GlossaryText text={section.more} glossary={glossary} />
                  </p>
                </details>
              )}
              <button
                type="button"
                className="secondary"
                aria-pressed={flagged}
                onClick={() => toggle(section.id)}
              >
                {flagged ? t('learn.flagged') : t('learn.flag')}
              </button>
            </section>
          );
        })}
      </article>
    </StepFrame>
  );
}
