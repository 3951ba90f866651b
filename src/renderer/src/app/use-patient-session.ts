import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionPersistence } from '@shared/contract/api-contract';
import type { PatientSession } from '@shared/schemas/session';
import { call } from '../api/client';

/**
 * The session's state beside the answers: whether they are saved on this computer, and a plan from the care team
 * opened into them. (A session ends through forgetPatient: main forgets the patient and reloads the page.)
 */
export function usePatientSession(
  initialPersistence: SessionPersistence,
  setSession: (session: PatientSession) => void,
  confirm: (message: string, confirmLabel: string) => Promise<boolean>,
  onError: (failure: unknown) => void,
) {
  const { t } = useTranslation();
  const [persistence, setPersistence] = useState(initialPersistence);
  const [planMessage, setPlanMessage] = useState<string | null>(null);
  // The welcome step is drawn afresh once a plan opens, with the plan's answers in its fields.
  const [welcomeKey, setWelcomeKey] = useState(0);

  // Turning saving off deletes the saved copy, so it is asked first; the answers stay on screen.
  const setSaving = async (save: boolean) => {
    if (!save && !(await confirm(t('saving.confirmTurnOff'), t('saving.turnOff')))) return;
    call('setSessionSaving', { save }).then(setPersistence, onError);
  };

  const openPlan = async () => {
    try {
      const result = await call('openPatientPlan');
      if (result.outcome === 'opened') {
        setSession(result.session);
        setWelcomeKey((key) => key + 1);
        const clinic = result.session.plan?.clinicName;
        setPlanMessage(clinic ? t('plan.openedFrom', { clinic }) : t('plan.opened'));
      } else {
        setPlanMessage(t(`plan.${result.outcome}`));
      }
    } catch (failure) {
      onError(failure);
    }
  };

  return { persistence, planMessage, welcomeKey, setSaving, openPlan };
}
