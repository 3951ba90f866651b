import type { ReactNode } from 'react';
import {
  describeFollowUp,
  describeRuleDuration,
  describeWhen,
} from '@shared/protocol/describe-timing';
import type { Translate } from '@shared/i18n/i18n-setup';
import type { Protocol } from '@shared/protocol/protocol';
import type { CalendarDate } from '@shared/dates/calendar-date';
import type { KnownKeyDates } from '@shared/dates/due-dates';
import type { TimedStep } from '@shared/dates/step-when';
import { keyDateLabeller } from '@shared/dates/key-date-label';
import { DueDate } from './DueDate';
import { LocalizedText } from './LocalizedText';
import type { OutlinePart } from './PageOutline';
import { useText, useVoicedTranslation } from '../i18n/voice';
import { useLanguage } from '../i18n/use-language';
import { medicineRuleText } from '@shared/medications/medicine-rule-text';
import { resolveSign, signGroups } from '@shared/warning-signs/sign-groups';
import { WarningSignGroups } from './WarningSignGroups';
import { planStudyNumbers } from '@shared/handout/study-numbers-plan';
import { StudyNumbers } from './StudyNumbers';

/**
 * A protocol as the patient reads it: what to do before treatment and what comes after. The walkthrough shows
 * it, and the clinic editor previews drafts with it.
 */
export interface ChecklistViewProps {
  protocol: Protocol;
  dates?: { keyDates: KnownKeyDates; today: CalendarDate };
  /** What the walkthrough adds under each test (the patient's progress); the editor's preview adds nothing. */
  testExtra?: (test: Protocol['tests'][number]) => ReactNode;
}

/** The checklist's parts, each with its heading: the view's own headings, and the walkthrough step's outline. */
export function checklistParts(t: Translate) {
  return {
    tests: { id: 'tests-heading', label: t('checklist.tests') },
    medicines: { id: 'medicines-heading', label: t('checklist.medicines') },
    questions: { id: 'questions-heading', label: t('checklist.questions') },
    studyNumbers: { id: 'study-numbers-heading', label: t('checklist:studyNumbers.heading') },
    after: { id: 'after-heading', label: t('checklist:sections.afterTreatment') },
  } satisfies Record<string, OutlinePart>;
}

/** The parts this protocol's checklist shows: the numbers from the studies only where it has some. */
export function shownChecklistParts(protocol: Protocol, t: Translate): OutlinePart[] {
  const parts = checklistParts(t);
  return Object.values(parts).filter(
    (part) => part !== parts.studyNumbers || (protocol.studyNumbers?.length ?? 0) > 0,
  );
}

export function ChecklistView({ protocol, dates, testExtra }: ChecklistViewProps) {
  const { t } = useVoicedTranslation();
  const parts = checklistParts(t);
  const text = useText();
  const language = useLanguage();
  const keyDateLabel = keyDateLabeller(protocol.keyDates, text);
  const when = (step: TimedStep) => {
    const { rule, due } = describeWhen(step, dates, keyDateLabel, t, language);
    return (
      <span className="when">
        {rule}
        {due && (
          <>
            {' '}
            <DueDate due={due} />
          </>
        )}
      </span>
    );
  };
  const after = protocol.afterTreatment;
  const signs = signGroups(after.warningSigns.map(resolveSign), t, text);
  const numbers = planStudyNumbers(protocol.studyNumbers, language, t, text);

  return (
    <>
      <p className="lead">
        <LocalizedText text={protocol.title} />
      </p>
      <p>
        <LocalizedText text={protocol.summary} />
      </p>

      <section aria-labelledby={parts.tests.id}>
        <h2 id={parts.tests.id}>{parts.tests.label}</h2>
        <ul className="items">
          {protocol.tests.map((test) => (
            <li key={test.id}>
              <strong>
                <LocalizedText text={test.name} />
              </strong>
              {test.timing && when({ kind: 'test', timing: test.timing })}
              <span className="why">
                <LocalizedText text={test.why} />
              </span>
              {testExtra?.(test)}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby={parts.medicines.id}>
        <h2 id={parts.medicines.id}>{parts.medicines.label}</h2>
        <ul className="items">
          {protocol.medications.map((rule) => (
            <li key={rule.id}>
              <strong>{medicineRuleText(rule, t, text)}</strong>
              {when({ kind: 'medicinePause', action: rule.action, timing: rule.timing })}
              <span className="why">
                <LocalizedText text={rule.why} />
              </span>
              <span className="resume">
                <LocalizedText text={rule.resume} />
              </span>
            </li>
          ))}
        </ul>
        <p className="important">{t('checklist:neverStopAlone')}</p>
      </section>

      <section aria-labelledby={parts.questions.id}>
        <h2 id={parts.questions.id}>{parts.questions.label}</h2>
        <ul className="items">
          {protocol.questions.map((question) => (
            <li key={question.id}>
              <LocalizedText text={question.text} />
            </li>
          ))}
        </ul>
      </section>

      {numbers && (
        <section aria-labelledby={parts.studyNumbers.id}>
          <h2 id={parts.studyNumbers.id}>{parts.studyNumbers.label}</h2>
          <StudyNumbers plan={numbers} />
        </section>
      )}

      <section aria-labelledby={parts.after.id}>
        <h2 id={parts.after.id}>{parts.after.label}</h2>
        {signs.length > 0 && (
          <>
            <h3>{t('checklist:sections.warningSigns')}</h3>
            <WarningSignGroups groups={signs} />
          </>
        )}
        {after.contacts.length > 0 && (
          <>
            <h3>{t('checklist:sections.contacts')}</h3>
            <ul className="items">
              {after.contacts.map((contact) => (
                <li key={contact.id}>
                  <strong>
                    <LocalizedText text={contact.who} />
                  </strong>
                  <span className="why">
                    <LocalizedText text={contact.forWhat} />
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
        {after.lifestyle.length > 0 && (
          <>
            <h3>{t('checklist:sections.lifestyle')}</h3>
            <ul className="items">
              {after.lifestyle.map((rule) => (
                <li key={rule.id}>
                  <strong>
                    <LocalizedText text={rule.rule} />
                  </strong>
                  <span className="when">
                    {describeRuleDuration(rule.duration, keyDateLabel, t)}
                  </span>
                  <span className="why">
                    <LocalizedText text={rule.why} />
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
        {after.followUp.length > 0 && (
          <>
            <h3>{t('checklist:sections.followUp')}</h3>
            <ul className="items">
              {after.followUp.map((item) => (
                <li key={item.id}>
                  <strong>
                    <LocalizedText text={item.what} />
                  </strong>
                  <span className="when">{describeFollowUp(item, keyDateLabel, t)}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
