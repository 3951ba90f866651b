import type { PatientSession, SessionPatch } from '@shared/schemas/session';
import { useProtocol } from '../api/use-protocol';
import { ErrorMessage } from '../components/ErrorMessage';
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
  // Which questions apply depends on how the therapy is given.
  const { protocol, error } = useProtocol(session.protocolId ?? '');
  return (
    <StepFrame heading={t('checklist:health.heading')} onNext={onNext} {...position}>
      <p>{t('checklist:health.intro')}</p>
      <ErrorMessage error={error} />
      {!protocol && !error && <p role="status">{t('loading')}</p>}
      {protocol && (
        <HealthQuestions
          protocol={protocol}
          answers={session.healthHistory}
          onChange={(healthHistory) => onUpdate({ healthHistory })}
        />
      )}
    </StepFrame>
  );
}
