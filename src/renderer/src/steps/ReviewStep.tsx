import type { ReactNode } from 'react';
import type { Lesson } from '@shared/content/lesson';
import { calendarDateOf } from '@shared/dates/calendar-date';
import { planHandout, type HandoutPlan } from '@shared/handout/handout-plan';
import type { Translate } from '@shared/i18n/i18n-setup';
import { preparedBy } from '@shared/walkthrough/prepared-by';
import type { ProtocolSummary } from '@shared/contract/api-contract';
import { handoutPatientOf, type PatientSession, type SessionPatch } from '@shared/schemas/session';
import { useProtocol } from '../api/use-protocol';
import { AddToCalendar } from '../components/AddToCalendar';
import { ErrorMessage } from '../components/ErrorMessage';
import { ItemDetails } from '../components/ItemDetails';
import { HealthQuestions } from '../components/HealthQuestions';
import { KeyDatesForm } from '../components/KeyDatesForm';
import { LocalizedText } from '../components/LocalizedText';
import { MyMedicines } from '../components/MyMedicines';
import { PageOutline, type OutlinePart } from '../components/PageOutline';
import { QuestionPicker } from '../components/QuestionPicker';
import { ReadinessChoice } from '../components/ReadinessChoice';
import { ReviewDateNotes } from '../components/ReviewDateNotes';
import { ReviewPart } from '../components/ReviewPart';
import { StepFrame } from '../components/StepFrame';
import { StudyNumbers } from '../components/StudyNumbers';
import { SessionTestProgress } from '../components/TestProgressField';
import { Timeline } from '../components/Timeline';
import { WarningSignGroups } from '../components/WarningSignGroups';
import { WorriesField } from '../components/WorriesField';
import { useLanguage } from '../i18n/use-language';
import { useText, useVoicedTranslation } from '../i18n/voice';
import type { StepPosition } from './step-position';

export interface ReviewStepProps extends StepPosition {
  session: PatientSession;
  protocols: readonly ProtocolSummary[];
  lessons: readonly Lesson[];
  /** The clinic's crisis line; empty means the US 988 line. */
  crisisLine: string;
  /** A shared kiosk keeps nothing of a patient: no calendar file there. */
  kiosk: boolean;
  onUpdate: (patch: SessionPatch) => void;
  onNext: () => void;
  /** Who fills it in, the names and the therapy are changed on the welcome step, which comes back here. */
  onChangeWelcome: () => void;
  onReadAgain: (sectionId: string) => void;
}

function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/**
 * Something the person typed, as one item of a list: its own text takes its own direction, while the item keeps the
 * page's, so a Latin medicine name in an Arabic list stays on the right with its bullet.
 */
function Typed({ text }: { text: string }) {
  return <span dir="auto">{text}</span>;
}

/** The questions as the handout lists them: top three first, then the rest. */
function QuestionsSummary({ questions }: { questions: HandoutPlan['questions'] }) {
  const { t } = useVoicedTranslation();
  const { items, top, rest, allOffered } = questions;
  if (items.length === 0) return <Empty>{t('review.noQuestions')}</Empty>;
  return (
    <>
      {allOffered && <Empty>{t('review.noQuestions')}</Empty>}
      {top.length > 0 && (
        <>
          <h3>{t('handout:topQuestions')}</h3>
          <ol>
            {top.map((q) => (
              <li key={q.id}>
                <Typed text={q.text} />
              </li>
            ))}
          </ol>
        </>
      )}
      {rest.length > 0 && (
        <>
          {top.length > 0 && <h3>{t('handout:otherQuestions')}</h3>}
          <ul>
            {rest.map((q) => (
              <li key={q.id}>
                <Typed text={q.text} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** The review's parts, in page order, each with its heading: the parts' own headings, and the page's outline. */
function reviewParts(t: Translate) {
  return {
    about: { id: 'review-about', label: t('review.about') },
    timeline: { id: 'review-timeline', label: t('timeline.heading') },
    keyDates: { id: 'review-key-dates', label: t('checklist:keyDates.heading') },
    tests: { id: 'review-tests', label: t('checklist.tests') },
    dateNotes: { id: 'review-date-notes', label: t('checklist:dateNotes.heading') },
    medicines: { id: 'review-medicines', label: t('checklist:myMedicines.heading') },
    health: { id: 'review-health', label: t('checklist:health.heading') },
    studyNumbers: { id: 'review-study-numbers', label: t('checklist:studyNumbers.heading') },
    questions: { id: 'review-questions', label: t('questions.heading') },
    worries: { id: 'review-worries', label: t('handout:worriesHeading') },
    topics: { id: 'review-topics', label: t('handout:reviewHeading') },
    warningSigns: { id: 'review-warning-signs', label: t('checklist:sections.warningSigns') },
    support: { id: 'review-support', label: t('handout:support.heading') },
  } satisfies Record<string, OutlinePart>;
}

/** Everything entered, on one page, each part changeable right here; then whether the patient feels ready. */
export function ReviewStep({
  session,
  protocols,
  lessons,
  crisisLine,
  kiosk,
  onUpdate,
  onNext,
  onChangeWelcome,
  onReadAgain,
  ...position
}: ReviewStepProps) {
  const { t } = useVoicedTranslation();
  const language = useLanguage();
  const text = useText();
  const { protocol, error } = useProtocol(session.protocolId ?? '');
  const therapy = protocols.find((p) => p.id === session.protocolId);
  const who = preparedBy(session, t);
  const today = calendarDateOf(new Date());
  // What the handout will say, decided once: this page lists it as the paper prints it.
  const plan = protocol
    ? planHandout({
        patient: handoutPatientOf(session),
        protocol,
        lessons,
        language,
        today,
        t,
        text,
        crisisLine,
      })
    : null;
  const parts = reviewParts(t);
  // The parts that show: those of the therapy once it is loaded, and the date notes only when there are some.
  const shown = new Set<OutlinePart>([parts.about, parts.health, parts.worries, parts.topics]);
  if (protocol && plan)
    for (const part of [
      parts.timeline,
      parts.keyDates,
      parts.tests,
      parts.medicines,
      parts.questions,
      parts.support,
    ])
      shown.add(part);
  if (plan && plan.dateNotes.length > 0) shown.add(parts.dateNotes);
  if (plan && plan.warningSigns.length > 0) shown.add(parts.warningSigns);
  if (plan?.studyNumbers) shown.add(parts.studyNumbers);

  return (
    <StepFrame heading={t('review.heading')} onNext={onNext} {...position}>
      <p>{t('review.intro')}</p>
      {/* Many screens at large text: every part is one press away. */}
      <PageOutline parts={Object.values(parts).filter((part) => shown.has(part))} />
      <ErrorMessage error={error} />
      {/* Until the therapy arrives its parts (the dates among them) are not drawn: said, so none looks lost. */}
      {!protocol && !error && <p role="status">{t('loading')}</p>}
      <ReviewPart
        part={parts.about}
        summary={
          <>
            <p dir="auto">{who}</p>
            {therapy && (
              <p>
                <LocalizedText text={therapy.title} />
              </p>
            )}
          </>
        }
        editor={{ goTo: onChangeWelcome }}
      />
      {protocol && plan && (
        <>
          {/* Nothing to change here: it is drawn from the key dates and the tests, changed in their parts below. */}
          <Timeline
            part={parts.timeline}
            items={plan.timeline}
            today={today}
            className="review-part"
          />
          <ReviewPart
            part={parts.keyDates}
            summary={
              <ul>
                {plan.keyDates.map((keyDate) => (
                  <li key={keyDate.id}>{keyDate.text}</li>
                ))}
              </ul>
            }
            editor={
              <KeyDatesForm
                protocol={protocol}
                keyDates={session.keyDates}
                onChange={(keyDates) => onUpdate({ keyDates })}
              />
            }
          />
          {!kiosk && <AddToCalendar timeline={plan.timeline} />}
          <ReviewPart
            part={parts.tests}
            summary={
              <ul>
                {plan.tests.map((test) => (
                  <li key={test.id}>
                    {t('review.itemWithStatus', { item: test.text, status: test.status })}
                  </li>
                ))}
              </ul>
            }
            editor={
              <ul className="items">
                {protocol.tests.map((test) => (
                  <li key={test.id}>
                    <strong>
                      <LocalizedText text={test.name} />
                    </strong>
                    <SessionTestProgress
                      protocol={protocol}
                      test={test}
                      answers={session}
                      onChange={(tests) => onUpdate({ tests })}
                    />
                  </li>
                ))}
              </ul>
            }
          />
          <ReviewDateNotes notes={plan.dateNotes} part={parts.dateNotes} />
          <ReviewPart
            part={parts.medicines}
            summary={
              plan.ownMedicines.length === 0 ? (
                <Empty>{t('review.noMedicines')}</Empty>
              ) : (
                <ul>
                  {plan.ownMedicines.map((medicine) => (
                    <li key={medicine.id}>
                      <Typed text={medicine.name} />
                      {medicine.notes.map((note) => (
                        <span key={note} className="why">
                          {note}
                        </span>
                      ))}
                    </li>
                  ))}
                </ul>
              )
            }
            editor={
              <MyMedicines
                protocol={protocol}
                medicines={session.medicines}
                onChange={(medicines) => onUpdate({ medicines })}
                titled={false}
              />
            }
          />
        </>
      )}
      <ReviewPart
        part={parts.health}
        summary={
          !plan || plan.health.length === 0 ? (
            <Empty>{t('review.noHealth')}</Empty>
          ) : (
            <ul>
              {plan.health.map((item) => (
                <li key={item.id}>
                  {t('review.itemWithStatus', { item: item.text, status: item.answer })}
                </li>
              ))}
            </ul>
          )
        }
        editor={
          protocol && (
            <HealthQuestions
              protocol={protocol}
              answers={session.healthHistory}
              onChange={(healthHistory) => onUpdate({ healthHistory })}
            />
          )
        }
      />
      {/* Nothing to change here: the numbers are the clinic's, in the order the handout prints them. */}
      {plan?.studyNumbers && (
        <section className="review-part" aria-labelledby={parts.studyNumbers.id}>
          <h2 id={parts.studyNumbers.id}>{parts.studyNumbers.label}</h2>
          <StudyNumbers plan={plan.studyNumbers} />
        </section>
      )}
      {protocol && plan && (
        <ReviewPart
          part={parts.questions}
          summary={<QuestionsSummary questions={plan.questions} />}
          editor={
            <QuestionPicker
              protocol={protocol}
              lessons={lessons}
              questions={session.questions}
              flagged={session.flagged}
              onChange={(questions) => onUpdate({ questions })}
            />
          }
        />
      )}
      <ReviewPart
        part={parts.worries}
        summary={
          session.worries.trim() === '' ? (
            <Empty>{t('review.noWorries')}</Empty>
          ) : (
            <p dir="auto" className="worries">
              {session.worries}
            </p>
          )
        }
        editor={
          <WorriesField saved={session.worries} onSave={(worries) => onUpdate({ worries })} />
        }
      />
      <section className="review-part" aria-labelledby={parts.topics.id}>
        <h2 id={parts.topics.id}>{parts.topics.label}</h2>
        {!plan || plan.reviewTopics.length === 0 ? (
          <Empty>{t('review.noTopics')}</Empty>
        ) : (
          <ul className="items">
            {plan.reviewTopics.map((topic) => (
              <li key={topic.id}>
                <span>{topic.text}</span>
                <button
                  type="button"
                  className="secondary"
                  aria-label={t('review.readAgainPart', { part: topic.text })}
                  onClick={() => onReadAgain(topic.id)}
                >
                  {t('teachBack.readAgain')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      {/* Nothing to change here: the signs and what to do, grouped by level as the handout prints them. */}
      {plan && plan.warningSigns.length > 0 && (
        <section className="review-part" aria-labelledby={parts.warningSigns.id}>
          <h2 id={parts.warningSigns.id}>{parts.warningSigns.label}</h2>
          <WarningSignGroups groups={plan.warningSigns} />
        </section>
      )}
      {plan && (
        <section className="review-part" aria-labelledby={parts.support.id}>
          <h2 id={parts.support.id}>{parts.support.label}</h2>
          <ul>
            {plan.support.map((line) => (
              <li key={line.id}>
                {line.text}
                <ItemDetails details={line.details} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="review-part">
        <ReadinessChoice
          readiness={session.readiness}
          onChange={(readiness) => onUpdate({ readiness })}
        />
      </div>
    </StepFrame>
  );
}
