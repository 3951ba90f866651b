import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProtocolSummary, StartupInfo } from '@shared/contract/api-contract';
import { needsTranslationNotice } from '@shared/i18n/translation-review';
import { textDirection, type Language } from '@shared/i18n/languages';
import { defaultSecondLanguage } from '@shared/handout/second-language';
import type { PatientSession } from '@shared/schemas/session';
import { useConfirm } from '../components/ConfirmDialog';
import { DeleteMyInformation } from '../components/DeleteMyInformation';
import { ClinicianArea } from './lazy-screens';
import { DisplayControls } from '../components/DisplayControls';
import { ErrorMessage } from '../components/ErrorMessage';
import { LanguagePicker } from '../components/LanguagePicker';
import { SavingNotice } from '../components/SavingNotice';
import { StoreNotices } from '../components/StoreNotices';
import { handoutPreviews } from '../handout/handout-previews';
import { loadLanguage } from '../i18n/renderer-i18n';
import { AttractScreen } from '../kiosk/AttractScreen';
import { IdleWarning } from '../kiosk/IdleWarning';
import { useKioskShell } from '../kiosk/use-kiosk-shell';
import { SettingsNeedAttention } from './SettingsNeedAttention';
import { useClinicOffer } from './use-clinic-offer';
import { usePatientSession } from './use-patient-session';
import { useWalkthrough } from './use-walkthrough';
import { useWalkthroughContent } from './use-walkthrough-content';
import { WalkthroughSteps } from './WalkthroughSteps';

export interface AppProps {
  startup: StartupInfo;
  initialSession: PatientSession;
  protocols: readonly ProtocolSummary[];
  /** The clinic's crisis line (empty: the US 988 line); it follows staff changing it. */
  initialCrisisLine: string;
}

/** The walkthrough: one step at a time, the language changeable on every step without losing answers. */
export function App({ startup, initialSession, protocols, initialCrisisLine }: AppProps) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [clinician, setClinician] = useState(false);
  const { confirm, dialog } = useConfirm();
  const walkthrough = useWalkthrough(initialSession, setError);
  const { session, step, update } = walkthrough;
  const { lessons, glossary } = useWalkthroughContent(session, setError);
  const patientSession = usePatientSession(
    startup.persistence,
    walkthrough.setSession,
    confirm,
    setError,
  );
  const offer = useClinicOffer(protocols, initialCrisisLine, setError);
  const shell = useKioskShell(startup, clinician, () => setClinician(false));
  const { kiosk, attract } = shell;

  // The handout is made while the review is read, from the answers as they are, so its preview is there on the next
  // step; each change asks again. Staff may change what a handout says (paper, the clinic's details): theirs drops it.
  useEffect(() => {
    if (clinician) handoutPreviews.drop();
    else if (step === 'review')
      handoutPreviews
        .get({
          session,
          largePrint: false,
          secondLanguage: defaultSecondLanguage(session.language),
        })
        .catch(() => undefined);
  }, [step, session, clinician]);

  useEffect(() => {
    document.documentElement.lang = session.language;
    document.documentElement.dir = textDirection(session.language);
    document.title = t('appName');
  }, [session.language, t]);

  const changeLanguage = async (language: Language) => {
    // Its words are loaded before anything switches, so the app is never shown in a language half there.
    try {
      await loadLanguage(i18n, language);
    } catch (failure) {
      setError(failure);
      return;
    }
    if (await update({ language })) await i18n.changeLanguage(language);
  };

  // A computer whose role is not known shows staff what happened, never a patient's journey.
  if (startup.role === 'needs-attention')
    return (
      <SettingsNeedAttention
        startup={startup}
        language={session.language}
        onLanguage={(language) => void changeLanguage(language)}
      />
    );

  return (
    <div className="app">
      <header className="app-header">
        <p className="app-name">{t('appName')}</p>
        <DisplayControls />
        <LanguagePicker
          value={session.language}
          onChange={(language) => void changeLanguage(language)}
        />
        {/* A kiosk with no PIN offers no way in: there, the first to press it could be a patient. */}
        {!clinician && startup.staffModeOffered && (
          <button
            type="button"
            className="secondary staff-button"
            onClick={() => setClinician(true)}
          >
            {t('clinician:nav.enter')}
          </button>
        )}
        {/* A kiosk patient can leave at any step, and nothing of them stays behind. */}
        {kiosk && !attract && !clinician && <DeleteMyInformation kiosk />}
      </header>
      {!kiosk && startup.sessionEnded === 'incomplete' && (
        <p className="error" role="alert">
          {t('sessionEnd.incompleteHome')}
        </p>
      )}
      <StoreNotices notices={startup.notices} />
      {needsTranslationNotice(t) && (
        <p className="notice translation-notice">{t('translationReview.notice')}</p>
      )}
      <ErrorMessage error={error} />
      {clinician && (
        <ClinicianArea
          onLeave={() => {
            setClinician(false);
            // Staff may have edited, added or retired protocols, or entered the clinic's settings: show what is current.
            offer.refresh();
            shell.refreshSessionStart().catch(setError);
          }}
        />
      )}
      {!clinician && attract && (
        <AttractScreen
          sessionEnded={startup.sessionEnded}
          sessionStart={shell.sessionStart}
          noStaffPin={!startup.staffModeOffered}
          onStart={shell.start}
        />
      )}
      {shell.warning !== null && (
        <IdleWarning seconds={shell.warning} onStillHere={shell.stillHere} />
      )}
      {!clinician && !attract && (
        <WalkthroughSteps
          walkthrough={walkthrough}
          lessons={lessons}
          glossary={glossary}
          protocols={offer.choices(session)}
          crisisLine={offer.crisisLine}
          kiosk={kiosk}
          planMessage={patientSession.planMessage}
          welcomeKey={patientSession.welcomeKey}
          saving={
            <SavingNotice
              persistence={patientSession.persistence}
              onChange={(save) => void patientSession.setSaving(save)}
            />
          }
          onOpenPlan={() => void patientSession.openPlan()}
          confirm={confirm}
        />
      )}
      {dialog}
    </div>
  );
}
