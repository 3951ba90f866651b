import type { PatientSession, SessionPatch } from '../../../shared/schemas/session';
import { HealthQuestions } from '../components/HealthQuestions';
import { StepFrame } from '../components/StepFrame';
import { useVoicedTranslation } from '../i18n/voice';
import type { StepPosition } from './step-position';

export interface HealthStepProps extends StepPosition {
  session: PatientSession;
  onUpdate: (patch: SessionPatch) => void;
  onNext: () => void;
}

/** Health history: each "yes" or "not sure" goes on the handout as something to talk about, never a verdict. */
export function HealthStep({ session, onUpdate, onNext, ...position }: HealthStepProps) {
  const { t } = useVoicedTranslation();
  return (
    <StepFrame heading={t('checklist:health.heading')} onNext={onNext} {...position}>
      <p>{t('checklist:health.intro')}</p>
      <HealthQuestions answers={session.healthHistory} onChange={(healthHistory) => onUpdate({ healthHistory })} />
    </StepFrame>
  );
}
