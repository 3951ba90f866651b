import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProtocolSummary, StartupInfo } from '../../../shared/api-contract';
import { textDirection, type Language } from '../../../shared/languages';
import type { PatientSession, SessionPatch } from '../../../shared/schemas/session';
import { call } from '../api/client';
import { ClinicianArea } from '../clinician/ClinicianArea';
import { ErrorMessage } from '../components/ErrorMessage';
import { LanguagePicker } from '../components/LanguagePicker';
import { SavingNotice } from '../components/SavingNotice';
import { StoreNotices } from '../components/StoreNotices';
import { ChecklistStep } from '../steps/ChecklistStep';
import { HandoutStep } from '../steps/HandoutStep';
import { WelcomeStep } from '../steps/WelcomeStep';

const STEPS = ['welcome', 'checklist', 'handout'] as const;
type Step = (typeof STEPS)[number];

export interface AppProps {
  startup: StartupInfo;
  initialSession: PatientSession;
  protocols: readonly ProtocolSummary[];
}

/** The walkthrough: one step at a time, the language changeable on every step without losing answers. */
export function App({ startup, initialSession, protocols }: AppProps) {
  const { t, i18n } = useTranslation();
  const [session, setSession] = useState(initialSession);
  const [step, setStep] = useState<Step>('welcome');
  const [error, setError] = useState<unknown>(null);
  const [clinician, setClinician] = useState(false);
  const [offered, setOffered] = useState(protocols);
  const [planMessage, setPlanMessage] = useState<string | null>(null);
  const [persistence, setPersistence] = useState(startup.persistence);
  const [welcomeKey, setWelcomeKey] = useState(0);
  const planned = session.plan?.protocol;
  // The plan's tailored protocol is offered along with the clinic's, in its place when it shares an id.
  const choices = planned ? [...offered.filter((p) => p.id !== planned.id), planned] : offered;

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
      setError(failure);
    }
  };

  useEffect(() => {
    document.documentElement.lang = session.language;
    document.documentElement.dir = textDirection(session.language);
    document.title = t('appName');
  }, [session.language, t]);

  const update = async (patch: SessionPatch): Promise<boolean> => {
    try {
      setSession(await call('updateSession', patch));
      setError(null);
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    }
  };

  const changeLanguage = async (language: Language) => {
    if (await update({ language })) await i18n.changeLanguage(language);
  };

  const position = (current: Step) => {
    const index = STEPS.indexOf(current);
    const previous = STEPS[index - 1];
    return { current: index + 1, total: STEPS.length, onBack: previous ? () => setStep(previous) : undefined };
  };

  return (
    <div className="app">
      <header className="app-header">
        <p className="app-name">{t('appName')}</p>
        <LanguagePicker value={session.language} onChange={(language) => void changeLanguage(language)} />
        {!clinician && (
          <button type="button" className="secondary staff-button" onClick={() => setClinician(true)}>
            {t('clinician:nav.enter')}
          </button>
        )}
      </header>
      <StoreNotices notices={startup.notices} />
      <ErrorMessage error={error} />
      {clinician && (
        <ClinicianArea
          onLeave={() => {
            setClinician(false);
            // Staff may have edited, added or retired protocols: show patients the current list.
            call('listProtocols').then(setOffered, setError);
          }}
        />
      )}
      {!clinician && step === 'welcome' && (
        <WelcomeStep
          key={welcomeKey}
          {...position('welcome')}
          session={session}
          protocols={choices}
          planMessage={planMessage}
          saving={<SavingNotice persistence={persistence} onChange={(save) => call('setSessionSaving', { save }).then(setPersistence, setError)} />}
          onOpenPlan={() => void openPlan()}
          onContinue={async (answers) => {
            if (await update(answers)) setStep('checklist');
          }}
        />
      )}
      {!clinician && step === 'checklist' && session.protocolId && (
        <ChecklistStep {...position('checklist')} session={session} onUpdate={(patch) => void update(patch)} onNext={() => setStep('handout')} />
      )}
      {!clinician && step === 'handout' && <HandoutStep {...position('handout')} />}
    </div>
  );
}
