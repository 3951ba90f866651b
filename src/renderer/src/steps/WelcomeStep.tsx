import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProtocolSummary } from '@shared/contract/api-contract';
import { asksHelperName, asksPatientName } from '@shared/walkthrough/names-asked';
import { ROLES, type Role } from '@shared/schemas/role';
import type { PatientSession } from '@shared/schemas/session';
import { LocalizedText } from '../components/LocalizedText';
import { StepFrame } from '../components/StepFrame';
import { UnprintableNote } from '../components/UnprintableNote';
import type { StepPosition } from './step-position';

export interface WelcomeStepProps extends StepPosition {
  session: PatientSession;
  protocols: readonly ProtocolSummary[];
  planMessage: string | null;
  /** Whether answers are kept on this computer, and the choice to change it. */
  saving: ReactNode;
  /** "Delete my information", where there is something to delete; after the questions, away from the way on. */
  deleting: ReactNode;
  /** A shared kiosk, where nothing entered stays after the person finishes. */
  kiosk: boolean;
  /** Opens a plan file from the care team; absent in a kiosk, which opens no files. */
  onOpenPlan?: () => void;
  /** Asks before a typed answer is thrown away (src/renderer/src/components/ConfirmDialog.tsx). */
  confirm: (message: string, confirmLabel: string) => Promise<boolean>;
  onContinue: (
    answers: Pick<PatientSession, 'helperName' | 'firstName'> & { role: Role; protocolId: string },
  ) => void;
}

/** Step 1: who is filling this in, who the handout is for, and which therapy checklist to prepare with. */
export function WelcomeStep({
  session,
  protocols,
  planMessage,
  saving,
  deleting,
  kiosk,
  onOpenPlan,
  confirm,
  onContinue,
  ...position
}: WelcomeStepProps) {
  const { t } = useTranslation();
  const ids = {
    role: useId(),
    roleError: useId(),
    name: useId(),
    nameHint: useId(),
    nameError: useId(),
    therapy: useId(),
    therapyError: useId(),
    helper: useId(),
    helperError: useId(),
    helperUnprintable: useId(),
    nameUnprintable: useId(),
  };
  const [role, setRole] = useState(session.role);
  const [helperName, setHelperName] = useState(session.helperName);
  const [firstName, setFirstName] = useState(session.firstName);
  const forSomeoneElse = asksHelperName(role);
  const askPatientName = asksPatientName(role);
  const helperMissing = forSomeoneElse && helperName.trim() === '';
  const [protocolId, setProtocolId] = useState(
    session.protocolId ?? (protocols.length === 1 ? protocols[0]?.id : undefined) ?? '',
  );
  const [showErrors, setShowErrors] = useState(false);
  // A session saved past this step before the choice was required is asked for it at once, not at Next.
  const [resumedWithoutRole] = useState(
    () => session.role === null && session.step !== null && session.step !== 'welcome',
  );
  const roleMissing = role === null;
  const showRoleError = (showErrors || resumedWithoutRole) && roleMissing;
  const nameMissing = askPatientName && firstName.trim() === '';
  const therapyMissing = protocolId === '';

  const next = async () => {
    // Who fills this in sets every text's voice, so it is never assumed.
    if (role === null || helperMissing || nameMissing || therapyMissing) {
      setShowErrors(true);
      document
        .getElementById(
          role === null
            ? `${ids.role}-0`
            : helperMissing
              ? ids.helper
              : nameMissing
                ? ids.name
                : `${ids.therapy}-0`,
        )
        ?.focus();
      return;
    }
    // A patient's name typed (or kept) from before the role changed to a representative's is not kept, once agreed.
    if (
      !askPatientName &&
      firstName.trim() !== '' &&
      !(await confirm(
        t('welcome.confirmDropName', { name: firstName.trim() }),
        t('welcome.dropName'),
      ))
    )
      return;
    onContinue({
      role,
      helperName: forSomeoneElse ? helperName.trim() : '',
      firstName: askPatientName ? firstName.trim() : '',
      protocolId,
    });
  };

  return (
    <StepFrame heading={t('welcome.heading')} onNext={() => void next()} {...position}>
      <p>{t('welcome.intro')}</p>
      {saving}
      {onOpenPlan && (
        <div className="plan-open">
          <button type="button" className="secondary" onClick={onOpenPlan}>
            {t('plan.open')}
          </button>
          <p role="status" aria-live="polite">
            {planMessage}
          </p>
        </div>
      )}
      <fieldset className="field" aria-describedby={showRoleError ? ids.roleError : undefined}>
        <legend>{t('welcome.roleLabel')}</legend>
        {ROLES.map((option, index) => (
          <label key={option} className="choice">
            <input
              id={`${ids.role}-${index}`}
              type="radio"
              name="role"
              checked={role === option}
              onChange={() => setRole(option)}
            />
            {t(`welcome.roles.${option}`)}
          </label>
        ))}
        {showRoleError && (
          <p id={ids.roleError} className="error" role="alert">
            {t('welcome.roleRequired')}
          </p>
        )}
      </fieldset>
      {forSomeoneElse && (
        <div className="field">
          <label htmlFor={ids.helper}>{t('welcome.helperNameLabel')}</label>
          <input
            id={ids.helper}
            type="text"
            dir="auto"
            autoComplete="given-name"
            value={helperName}
            maxLength={100}
            aria-describedby={
              showErrors && helperMissing
                ? `${ids.helperError} ${ids.helperUnprintable}`
                : ids.helperUnprintable
            }
            aria-invalid={showErrors && helperMissing}
            onChange={(event) => setHelperName(event.target.value)}
          />
          {showErrors && helperMissing && (
            <p id={ids.helperError} className="error" role="alert">
              {t('welcome.helperNameRequired')}
            </p>
          )}
          <UnprintableNote id={ids.helperUnprintable} text={helperName} />
          {!askPatientName && <p className="hint">{t('welcome.representativeNote')}</p>}
        </div>
      )}
      {askPatientName && (
        <div className="field">
          <label htmlFor={ids.name}>
            {forSomeoneElse ? t('welcome.patientNameLabel') : t('welcome.nameLabel')}
          </label>
          <p id={ids.nameHint} className="hint">
            {t(kiosk ? 'welcome.nameHintKiosk' : 'welcome.nameHint')}
          </p>
          <input
            id={ids.name}
            type="text"
            dir="auto"
            autoComplete="given-name"
            value={firstName}
            maxLength={100}
            aria-describedby={
              showErrors && nameMissing
                ? `${ids.nameHint} ${ids.nameError} ${ids.nameUnprintable}`
                : `${ids.nameHint} ${ids.nameUnprintable}`
            }
            aria-invalid={showErrors && nameMissing}
            onChange={(event) => setFirstName(event.target.value)}
          />
          {showErrors && nameMissing && (
            <p id={ids.nameError} className="error" role="alert">
              {forSomeoneElse ? t('welcome.patientNameRequired') : t('welcome.nameRequired')}
            </p>
          )}
          <UnprintableNote id={ids.nameUnprintable} text={firstName} />
        </div>
      )}
      <fieldset
        className="field"
        aria-describedby={showErrors && therapyMissing ? ids.therapyError : undefined}
      >
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
        {/* Said once, where the patient first meets the checklist; the titles themselves name the therapy plainly. */}
        {protocols.find((p) => p.id === protocolId)?.isExample && (
          <p className="notice">{t('welcome.exampleChecklist')}</p>
        )}
        {showErrors && therapyMissing && (
          <p id={ids.therapyError} className="error" role="alert">
            {t('welcome.therapyRequired')}
          </p>
        )}
      </fieldset>
      {deleting}
    </StepFrame>
  );
}
