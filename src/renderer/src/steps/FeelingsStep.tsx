import { useTranslation } from 'react-i18next';
import type { PatientSession, SessionPatch } from '@shared/schemas/session';
import { crisisLine as howToReach } from '@shared/walkthrough/support-lines';
import { StepFrame } from '../components/StepFrame';
import { WorriesField } from '../components/WorriesField';
import type { StepPosition } from './step-position';

export interface FeelingsStepProps extends StepPosition {
  session: PatientSession;
  /** The clinic's crisis line; empty means the US 988 line. */
  crisisLine: string;
  onUpdate: (patch: SessionPatch) => void;
  onNext: () => void;
}

const HELPERS = ['team', 'counselor', 'socialWorker', 'people'] as const;

/** Feelings and support: what is normal to feel, who can help, the crisis line, and a place to write worries for the team. */
export function FeelingsStep({
  session,
  crisisLine,
  onUpdate,
  onNext,
  ...position
}: FeelingsStepProps) {
  const { t } = useTranslation();
  return (
    <StepFrame heading={t('feelings.heading')} onNext={onNext} {...position}>
      <p>{t('feelings.normal')}</p>
      <h2>{t('feelings.whoHeading')}</h2>
      <ul>
        {HELPERS.map((helper) => (
          <li key={helper}>{t(`feelings.who.${helper}`)}</li>
        ))}
      </ul>
      {/* The same crisis line as the handout's "where to get help": the clinic's own, or the US 988 line. */}
      <div className="notice">
        <p>{t('handout:support.crisis')}</p>
        <p dir="auto">{howToReach(crisisLine, t)}</p>
        <p>{t('handout:support.danger')}</p>
      </div>
      <WorriesField saved={session.worries} onSave={(worries) => onUpdate({ worries })} />
    </StepFrame>
  );
}
