import { useTranslation } from 'react-i18next';
import type { PatientSession, SessionPatch } from '../../../shared/schemas/session';
import { StepFrame } from '../components/StepFrame';
import { WorriesField } from '../components/WorriesField';
import type { StepPosition } from './step-position';

export interface FeelingsStepProps extends StepPosition {
  session: PatientSession;
  onUpdate: (patch: SessionPatch) => void;
  onNext: () => void;
}

const HELPERS = ['team', 'counselor', 'socialWorker', 'people'] as const;

/** Feelings and support: what is normal to feel, who can help, and a place to write worries for the team. */
export function FeelingsStep({ session, onUpdate, onNext, ...position }: FeelingsStepProps) {
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
      <p className="notice">{t('feelings.urgent')}</p>
      <WorriesField saved={session.worries} onSave={(worries) => onUpdate({ worries })} />
    </StepFrame>
  );
}
