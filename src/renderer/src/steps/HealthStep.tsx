import { useTranslation } from 'react-i18next';
import { HEALTH_HISTORY_ITEMS } from '../../../shared/health-history';
import type { PatientSession, SessionPatch } from '../../../shared/schemas/session';
import { StepFrame } from '../components/StepFrame';
import type { StepPosition } from './step-position';

export interface HealthStepProps extends StepPosition {
  session: PatientSession;
  onUpdate: (patch: SessionPatch) => void;
  onNext: () => void;
}

const ANSWERS = ['yes', 'no', 'not-sure'] as const;

/** Health history: each "yes" or "not sure" goes on the handout as something to talk about, never a verdict. */
export function HealthStep({ session, onUpdate, onNext, ...position }: HealthStepProps) {
  const { t } = useTranslation();
  return (
    <StepFrame heading={t('checklist:health.heading')} onNext={onNext} {...position}>
      <p>{t('checklist:health.intro')}</p>
      {HEALTH_HISTORY_ITEMS.map((item) => (
        <fieldset key={item} className="field">
          <legend>{t(`checklist:health.items.${item}.question`)}</legend>
          <div className="segmented">
            {ANSWERS.map((answer) => (
              <label key={answer} className="choice">
                <input
                  type="radio"
                  name={`health-${item}`}
                  checked={session.healthHistory[item] === answer}
                  onChange={() => onUpdate({ healthHistory: { ...session.healthHistory, [item]: answer } })}
                />
                {t(`checklist:health.${answer}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </StepFrame>
  );
}
