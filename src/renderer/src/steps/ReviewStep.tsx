import type { ReactNode } from 'react';
import type { Lesson } from '../../../shared/content/lesson';
import { formatCalendarDate } from '../../../shared/dates/calendar-date';
import { describeTestProgress } from '../../../shared/describe-timing';
import { ownValue } from '../../../shared/own-value';
import { healthItemsFor } from '../../../shared/health-history';
import { preparedBy } from '../../../shared/prepared-by';
import { questionList } from '../../../shared/question-list';
import type { ProtocolSummary } from '../../../shared/api-contract';
import type { PatientSession, SessionPatch } from '../../../shared/schemas/session';
import { useProtocol } from '../api/use-protocol';
import { ErrorMessage } from '../components/ErrorMessage';
import { HealthQuestions } from '../components/HealthQuestions';
import { KeyDatesForm } from '../components/KeyDatesForm';
import { LocalizedText } from '../components/LocalizedText';
import { MyMedicines } from '../components/MyMedicines';
import { QuestionPicker } from '../components/QuestionPicker';
import { ReadinessChoice } from '../components/ReadinessChoice';
import { ReviewPart } from '../components/ReviewPart';
import { StepFrame } from '../components/StepFrame';
import { SessionTestProgress } from '../components/TestProgressField';
import { WorriesField } from '../components/WorriesField';
import { useLanguage } from '../i18n/use-language';
import { useText, useVoicedTranslation } from '../i18n/voice';
import type { StepPosition } from './step-position';

export interface ReviewStepProps extends StepPosition {
  session: PatientSession;
  protocols: readonly ProtocolSummary[];
  lessons: readonly Lesson[];
  onUpdate: (patch: SessionPatch) => void;
  onNext: () => void;
  /** Who fills it in, the names and the therapy are changed on the welcome step, which comes back here. */
  onChangeWelcome: () => void;
  onReadAgain: (sectionId: string) => void;
}

function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/** Everything entered, on one page, each part changeable right here; then whether the patient feels ready. */
export function ReviewStep({ session, protocols, lessons, onUpdate, onNext, onChangeWelcome, onReadAgain, ...position }: ReviewStepProps) {
  const { t } = useVoicedTranslation();
  const language = useLanguage();
  const text = useText();
  const { protocol, error } = useProtocol(session.protocolId ?? '');
  const therapy = protocols.find((p) => p.id === session.protocolId);
  const date = (value: string) => formatCalendarDate(value, language);
  const who = preparedBy(session, t);
  const health = (protocol ? healthItemsFor(protocol) : []).filter((item) => session.healthHistory[item] === 'yes' || session.healthHistory[item] === 'not-sure');
  // The parts marked "ask my team about this" are on the questions; these are the checks not yet answered right.
  const topics = lessons.flatMap((lesson) => lesson.sections.filter((section) => lesson.checks.some((check) => check.sectionId === section.id && ownValue(session.comprehension, check.id)?.understood === false)));

  return (
    <StepFrame heading={t('review.heading')} onNext={onNext} {...position}>
      <p>{t('review.intro')}</p>
      <ErrorMessage error={error} />
      <ReviewPart
        heading={t('review.about')}
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
      {protocol && (
        <>
          <ReviewPart
            heading={t('checklist:keyDates.heading')}
            summary={
              <ul>
                {protocol.keyDates.map((keyDate) => {
                  const known = ownValue(session.keyDates, keyDate.id);
                  return (
                    <li key={keyDate.id}>
                      {t('handout:keyDate', { keyDate: text(keyDate.label), date: known ? date(known) : t('checklist:keyDates.unknown') })}
                    </li>
                  );
                })}
              </ul>
            }
            editor={<KeyDatesForm protocol={protocol} keyDates={session.keyDates} onChange={(keyDates) => onUpdate({ keyDates })} />}
          />
          <ReviewPart
            heading={t('checklist.tests')}
            summary={
              <ul>
                {protocol.tests.map((test) => {
                  const status = describeTestProgress(ownValue(session.tests, test.id), language, t) ?? t('checklist:progress.not-yet');
                  return (
                    <li key={test.id}>
                      <LocalizedText text={test.name} />: {status}
                    </li>
                  );
                })}
              </ul>
            }
            editor={
              <ul className="items">
                {protocol.tests.map((test) => (
                  <li key={test.id}>
                    <strong>
                      <LocalizedText text={test.name} />
                    </strong>
                    <SessionTestProgress test={test} tests={session.tests} onChange={(tests) => onUpdate({ tests })} />
                  </li>
                ))}
              </ul>
            }
          />
          <ReviewPart
            heading={t('checklist:myMedicines.heading')}
            summary={
              session.medicines.length === 0 ? (
                <Empty>{t('review.noMedicines')}</Empty>
              ) : (
                <ul>
                  {session.medicines.map((medicine) => (
                    <li key={medicine.id} dir="auto">
                      {medicine.name}
                    </li>
                  ))}
                </ul>
              )
            }
            editor={<MyMedicines protocol={protocol} medicines={session.medicines} onChange={(medicines) => onUpdate({ medicines })} titled={false} />}
          />
        </>
      )}
      <ReviewPart
        heading={t('checklist:health.heading')}
        summary={
          health.length === 0 ? (
            <Empty>{t('review.noHealth')}</Empty>
          ) : (
            <ul>
              {health.map((item) => (
                <li key={item}>
                  {t(`checklist:health.items.${item}.topic`)}: {t(`checklist:health.${session.healthHistory[item] ?? 'not-sure'}`)}
                </li>
              ))}
            </ul>
          )
        }
        editor={protocol && <HealthQuestions protocol={protocol} answers={session.healthHistory} onChange={(healthHistory) => onUpdate({ healthHistory })} />}
      />
      {protocol && (
        <ReviewPart
          heading={t('questions.heading')}
          summary={(() => {
            const { items, top, rest } = questionList(protocol.questions, lessons, session, text, t);
            if (items.length === 0) return <Empty>{t('review.noQuestions')}</Empty>;
            return (
              <>
                {top.length > 0 && (
                  <>
                    <h3>{t('handout:topQuestions')}</h3>
                    <ol>
                      {top.map((q) => (
                        <li key={q.id} dir="auto">
                          {q.text}
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
                        <li key={q.id} dir="auto">
                          {q.text}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </>
            );
          })()}
          editor={<QuestionPicker protocol={protocol} lessons={lessons} questions={session.questions} flagged={session.flagged} onChange={(questions) => onUpdate({ questions })} />}
        />
      )}
      <ReviewPart
        heading={t('handout:worriesHeading')}
        summary={session.worries.trim() === '' ? <Empty>{t('review.noWorries')}</Empty> : <p dir="auto" className="worries">{session.worries}</p>}
        editor={<WorriesField saved={session.worries} onSave={(worries) => onUpdate({ worries })} />}
      />
      <section className="review-part" aria-labelledby="review-topics">
        <h2 id="review-topics">{t('handout:reviewHeading')}</h2>
        {topics.length === 0 ? (
          <Empty>{t('review.noTopics')}</Empty>
        ) : (
          <ul className="items">
            {topics.map((section) => (
              <li key={section.id}>
                <LocalizedText text={section.heading} />
                <button type="button" className="secondary" aria-label={t('review.readAgainPart', { part: text(section.heading) })} onClick={() => onReadAgain(section.id)}>
                  {t('check.readAgain')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="review-part">
        <ReadinessChoice readiness={session.readiness} onChange={(readiness) => onUpdate({ readiness })} />
      </div>
    </StepFrame>
  );
}
