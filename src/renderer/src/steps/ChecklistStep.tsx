import { calendarDateOf } from '@shared/dates/calendar-date';
import { timelineItems } from '@shared/dates/timeline-items';
import type { PatientSession, SessionPatch } from '@shared/schemas/session';
import { useProtocol } from '../api/use-protocol';
import { ChecklistView, shownChecklistParts } from '../components/ChecklistView';
import { ErrorMessage } from '../components/ErrorMessage';
import { KeyDatesForm } from '../components/KeyDatesForm';
import { MY_MEDICINES_HEADING, MyMedicines } from '../components/MyMedicines';
import { PageOutline } from '../components/PageOutline';
import { StepFrame } from '../components/StepFrame';
import { SessionTestProgress } from '../components/TestProgressField';
import { Timeline } from '../components/Timeline';
import type { StepPosition } from './step-position';
import { useText, useVoicedTranslation } from '../i18n/voice';

export interface ChecklistStepProps extends StepPosition {
  session: PatientSession;
  onUpdate: (patch: SessionPatch) => void;
  onNext: () => void;
}

/** Step 2: the preparation checklist main keeps for the chosen therapy. */
export function ChecklistStep({ session, onUpdate, onNext, ...position }: ChecklistStepProps) {
  const { t } = useVoicedTranslation();
  const text = useText();
  const { protocol, error } = useProtocol(session.protocolId ?? '');
  const today = calendarDateOf(new Date());
  const timeline = { id: 'timeline-heading', label: t('timeline.heading') };

  return (
    <StepFrame heading={t('checklist.heading')} onNext={onNext} {...position}>
      <ErrorMessage error={error} />
      {!protocol && !error && <p role="status">{t('loading')}</p>}
      {protocol && (
        <>
          {/* A long page (many screens at large text): the patient's own medicines are one press away. */}
          <PageOutline
            parts={[
              timeline,
              ...shownChecklistParts(protocol, t),
              { id: MY_MEDICINES_HEADING, label: t('checklist:myMedicines.heading') },
            ]}
          />
          <KeyDatesForm
            protocol={protocol}
            keyDates={session.keyDates}
            onChange={(keyDates) => onUpdate({ keyDates })}
          />
          {/* Under the dates it is drawn from, so each date entered shows at once in its place. */}
          <Timeline
            part={timeline}
            items={timelineItems(protocol, session, today, t, text)}
            today={today}
          />
          <ChecklistView
            protocol={protocol}
            dates={{ keyDates: session.keyDates, today }}
            testExtra={(test) => (
              <SessionTestProgress
                protocol={protocol}
                test={test}
                answers={session}
                onChange={(tests) => onUpdate({ tests })}
              />
            )}
          />
          <MyMedicines
            protocol={protocol}
            medicines={session.medicines}
            onChange={(medicines) => onUpdate({ medicines })}
          />
        </>
      )}
    </StepFrame>
  );
}
