import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProtocolSummary } from '../../../shared/api-contract';
import type { PatientSession } from '../../../shared/schemas/session';
import { LocalizedText } from '../components/LocalizedText';
import { StepFrame } from '../components/StepFrame';
import type { StepPosition } from './step-position';

export interface WelcomeStepProps extends StepPosition {
  session: PatientSession;
  protocols: readonly ProtocolSummary[];
  planMessage: string | null;
  /** Whether answers are kept on this computer, and the choice to change it. */
  saving: ReactNode;
  onOpenPlan: () => void;
  onContinue: (answers: { firstName: string; protocolId: string }) => void;
}

/** Step 1: who the handout is for and which therapy checklist to prepare with. */
export function WelcomeStep({ session, protocols, planMessage, saving, onOpenPlan, onContinue, ...position }: WelcomeStepProps) {
  const { t } = useTranslation();
  const ids = { name: useId(), nameHint: useId(), nameError: useId(), therapy: useId(), therapyError: useId() };
  const [firstName, setFirstName] = useState(session.firstName);
  const [protocolId, setProtocolId] = useState(session.protocolId ?? (protocols.length === 1 ? protocols[0]?.id : undefined) ?? '');
  const [showErrors, setShowErrors] = useState(false);
  const nameMissing = firstName.trim() === '';
  const therapyMissing = protocolId === '';

  const next = () => {
    if (nameMissing || therapyMissing) {
      setShowErrors(true);
      document.getElementById(nameMissing ? ids.name : `${ids.therapy}-0`)?.focus();
      return;
    }
    onContinue({ firstName: firstName.trim(), protocolId });
  };

  return (
    <StepFrame heading={t('welcome.heading')} onNext={next} {...position}>
      <p>{t('welcome.intro')}</p>
      {saving}
      <div className="plan-open">
        <button type="button" className="secondary" onClick={onOpenPlan}>
          {t('plan.open')}
        </button>
        <p role="status" aria-live="polite">
          {planMessage}
        </p>
      </div>
      <div className="field">
        <label htmlFor={ids.name}>{t('welcome.nameLabel')}</label>
        <p id={ids.nameHint} className="hint">
          {t('welcome.nameHint')}
        </p>
        <input
          id={ids.name}
          type="text"
          dir="auto"
          autoComplete="given-name"
          value={firstName}
          maxLength={100}
          aria-describedby={showErrors && nameMissing ? `${ids.nameHint} ${ids.nameError}` : ids.nameHint}
          aria-invalid={showErrors && nameMissing}
          onChange={(event) => setFirstName(event.target.value)}
        />
        {showErrors && nameMissing && (
          <p id={ids.nameError} className="error" role="alert">
            {t('welcome.nameRequired')}
          </p>
        )}
      </div>
      <fieldset className="field" aria-describedby={showErrors && therapyMissing ? ids.therapyError : undefined}>
        <legend>{t('welcome.therapyLabel')}</legend>
        {protocols.length === 0 && <p>{t('welcome.noTherapies')}</p>}
        {protocols.map((protocol, index) => (
          <label key={protocol.id} className="choice">
            <input
              id={`${ids.therapy}-${index}`}
              type="radio"
              name="therapy"
              value={protocol.id}
              checked={protocolId === protocol.id}
              onChange={() => setProtocolId(protocol.id)}
            />
            <span>
              <LocalizedText text={protocol.title} />
            </span>
          </label>
        ))}
        {showErrors && therapyMissing && (
          <p id={ids.therapyError} className="error" role="alert">
            {t('welcome.therapyRequired')}
          </p>
        )}
      </fieldset>
    </StepFrame>
  );
}
