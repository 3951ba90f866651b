import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProtocolSummary, StartupInfo } from '../../../shared/api-contract';
import type { GlossaryEntry } from '../../../shared/content/glossary';
import type { Lesson } from '../../../shared/content/lesson';
import { needsTranslationNotice } from '../../../shared/translation-review';
import { textDirection, type Language } from '../../../shared/languages';
import type { PatientSession, SessionPatch } from '../../../shared/schemas/session';
import { call } from '../api/client';
import { CheckStep, ChecklistStep, ClinicianArea, FeelingsStep, HandoutStep, HealthStep, LearnStep, QuestionsStep, ReviewStep } from './lazy-screens';
import { DisplayControls } from '../components/DisplayControls';
import { ErrorMessage } from '../components/ErrorMessage';
import { LanguagePicker } from '../components/LanguagePicker';
import { SavingNotice } from '../components/SavingNotice';
import { StoreNotices } from '../components/StoreNotices';
import type { LearnEntry } from '../steps/LearnStep';
import { WelcomeStep } from '../steps/WelcomeStep';
import { WALKTHROUGH_STEPS, type WalkthroughStep } from '../../../shared/walkthrough-steps';
import { useConfirm } from '../components/ConfirmDialog';
import { DeleteMyInformation } from '../components/DeleteMyInformation';
import { AttractScreen } from '../kiosk/AttractScreen';
import { IdleWarning } from '../kiosk/IdleWarning';
import { useIdle } from '../kiosk/use-idle';
import { endSession } from './end-session';
import { SettingsNeedAttention } from './SettingsNeedAttention';
import { KIOSK_WARNING_SECONDS } from '../../../shared/schemas/clinic-settings';
import { VoiceProvider } from '../i18n/voice';
import { loadLanguage } from '../i18n/renderer-i18n';
import { voiceOf } from '../../../shared/voice';
import { handoutPreviews } from '../handout/handout-previews';
import { defaultSecondLanguage } from '../../../shared/handout/second-language';

const STEPS = WALKTHROUGH_STEPS;
type Step = WalkthroughStep;

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
  const [session, setSession] = useState(initialSession);
  // The lessons for the therapy the answers name, and the glossary, asked for once the first screen is up (it shows
  // neither); the steps that read them wait for them.
  const [lessons, setLessons] = useState<readonly Lesson[] | null>(null);
  const [glossary, setGlossary] = useState<readonly GlossaryEntry[] | null>(null);
  // Reopens on the step the patient was on (after a restart or a crash), once the therapy and who fills it in are known.
  const [step, setStep] = useState<Step>(() => (initialSession.step && initialSession.protocolId && initialSession.role ? initialSession.step : 'welcome'));
  const [error, setError] = useState<unknown>(null);
  const [clinician, setClinician] = useState(false);
  const [offered, setOffered] = useState(protocols);
  const [crisisLine, setCrisisLine] = useState(initialCrisisLine);
  const [planMessage, setPlanMessage] = useState<string | null>(null);
  const [persistence, setPersistence] = useState(startup.persistence);
  const [welcomeKey, setWelcomeKey] = useState(0);
  const [learnEntry, setLearnEntry] = useState<LearnEntry>({ at: 'start' });
  // A step opened from the check or the review ("read this part again", "change") leads back there.
  const [returnTo, setReturnTo] = useState<Step | null>(null);
  const [checkLeft, setCheckLeft] = useState<string | null>(null);
  const openLessons = (entry: LearnEntry) => {
    setLearnEntry(entry);
    setStep('learn');
  };
  const visit = (target: Step, from: Step, entry?: LearnEntry) => {
    setReturnTo(from);
    if (entry) openLessons(entry);
    else setStep(target);
  };
  const goOn = (next: () => void) => () => {
    if (returnTo) {
      setStep(returnTo);
      setReturnTo(null);
    } else next();
  };
  const { confirm, dialog } = useConfirm();
  // A shared kiosk shows a screen with no names between patients, and forgets a patient who walks away.
  const kiosk = startup.persistence.mode === 'kiosk';
  const [attract, setAttract] = useState(kiosk);
  // Main decides whether a patient may start; staff entering the missing clinic settings changes it.
  const [sessionStart, setSessionStart] = useState(startup.sessionStart);
  const [idle, setIdle] = useState(false);
  const onIdle = useCallback(() => setIdle(true), []);
  const timeUp = useCallback(() => void endSession(kiosk), [kiosk]);
  useIdle(startup.kioskIdleMinutes * 60_000, onIdle, kiosk && !attract && !idle && !clinician);
  // Staff who walk away from a kiosk leave clinician mode locked behind them.
  const lockStaff = useCallback(() => {
    void call('clinicianLock').catch(() => undefined);
    setClinician(false);
  }, []);
  useIdle(startup.kioskIdleMinutes * 60_000, lockStaff, kiosk && clinician);
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

  // Each therapy may add lessons of its own after the general ones; some parts are for one reader (a parent).
  useEffect(() => {
    let current = true;
    call('listLessons', { protocolId: session.protocolId, role: session.role }).then((next) => current && setLessons(next), setError);
    return () => {
      current = false;
    };
  }, [session.protocolId, session.role]);

  useEffect(() => {
    call('listGlossary').then(setGlossary, setError);
  }, []);

  // Each move is remembered with the answers; the first render is where the app opened, so nothing is written then.
  const opened = useRef(true);
  useEffect(() => {
    if (opened.current) {
      opened.current = false;
      return;
    }
    call('updateSession', { step }).then(setSession, setError);
  }, [step]);

  // The handout is made while the review is read, from the answers as they are, so its preview is there on the next
  // step; each change asks again. Staff may change what a handout says (paper, the clinic's details): theirs drops it.
  useEffect(() => {
    if (clinician) handoutPreviews.drop();
    else if (step === 'review') handoutPreviews.get({ session, largePrint: false, secondLanguage: defaultSecondLanguage(session.language) }).catch(() => undefined);
  }, [step, session, clinician]);

  useEffect(() => {
    document.documentElement.lang = session.language;
    document.documentElement.dir = textDirection(session.language);
    document.title = t('appName');
  }, [session.language, t]);

  // The answer shows at once (a ticked box stays ticked); main's copy then replaces it, or the change is undone
  // and the error shown when main refuses it.
  const update = async (patch: SessionPatch): Promise<boolean> => {
    const before = session;
    setSession((current) => ({ ...current, ...Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) }));
    try {
      setSession(await call('updateSession', patch));
      setError(null);
      return true;
    } catch (failure) {
      setSession(before);
      setError(failure);
      return false;
    }
  };

  // Turning saving off deletes the saved copy, so it is asked first; the answers stay on screen.
  const setSaving = async (save: boolean) => {
    if (!save && !(await confirm(t('saving.confirmTurnOff'), t('saving.turnOff')))) return;
    call('setSessionSaving', { save }).then(setPersistence, setError);
  };

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

  const position = (current: Step) => {
    const index = STEPS.indexOf(current);
    const previous = STEPS[index - 1];
    // Going back into the lessons opens the last one, where the patient left them.
    const back = previous === 'learn' ? () => openLessons({ at: 'end' }) : previous ? () => setStep(previous) : undefined;
    const nextLabel = returnTo === 'review' ? t('review.back') : returnTo === 'check' ? t('check.back') : undefined;
    return { current: index + 1, total: STEPS.length, onBack: back, nextLabel };
  };

  // A computer whose role is not known shows staff what happened, never a patient's journey.
  if (startup.role === 'needs-attention') return <SettingsNeedAttention startup={startup} language={session.language} onLanguage={(language) => void changeLanguage(language)} />;

  return (
    <div className="app">
      <header className="app-header">
        <p className="app-name">{t('appName')}</p>
        <DisplayControls />
        <LanguagePicker value={session.language} onChange={(language) => void changeLanguage(language)} />
        {/* A kiosk with no PIN offers no way in: there, the first to press it could be a patient. */}
        {!clinician && startup.staffModeOffered && (
          <button type="button" className="secondary staff-button" onClick={() => setClinician(true)}>
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
      {needsTranslationNotice(t) && <p className="notice translation-notice">{t('translationReview.notice')}</p>}
      <ErrorMessage error={error} />
      {clinician && (
        <ClinicianArea
          onLeave={() => {
            setClinician(false);
            // Staff may have edited, added or retired protocols, or entered the clinic's settings: show what is current.
            call('listProtocols').then(setOffered, setError);
            call('getSessionStart').then(setSessionStart, setError);
            call('getCrisisLine').then(setCrisisLine, setError);
          }}
        />
      )}
      {!clinician && attract && <AttractScreen sessionEnded={startup.sessionEnded} sessionStart={sessionStart} noStaffPin={!startup.staffModeOffered} onStart={() => setAttract(false)} />}
      {idle && <IdleWarning seconds={KIOSK_WARNING_SECONDS} onStillHere={() => setIdle(false)} onTimeUp={timeUp} />}
      {!clinician && !attract && (
        <VoiceProvider voice={voiceOf(session.role)}>
          {step === 'welcome' && (
            <WelcomeStep
              key={welcomeKey}
              {...position('welcome')}
              session={session}
              protocols={choices}
              planMessage={planMessage}
              saving={<SavingNotice persistence={persistence} onChange={(save) => void setSaving(save)} />}
              // At home, someone coming back to saved answers can delete them from the first page.
              deleting={!kiosk && (session.firstName !== '' || session.protocolId !== null) ? <DeleteMyInformation kiosk={false} /> : null}
              kiosk={kiosk}
              onOpenPlan={kiosk ? undefined : () => void openPlan()}
              confirm={confirm}
              onContinue={async (answers) => {
                if (await update(answers)) goOn(() => openLessons({ at: 'start' }))();
              }}
            />
          )}
          {step === 'learn' && lessons && glossary && (
            <LearnStep {...position('learn')} lessons={lessons} glossary={glossary} session={session} entry={learnEntry} onUpdate={(patch) => void update(patch)} onNext={goOn(() => setStep('checklist'))} />
          )}
          {step === 'checklist' && session.protocolId && (
            <ChecklistStep {...position('checklist')} session={session} onUpdate={(patch) => void update(patch)} onNext={() => setStep('health')} />
          )}
          {step === 'health' && <HealthStep {...position('health')} session={session} onUpdate={(patch) => void update(patch)} onNext={() => setStep('questions')} />}
          {step === 'questions' && session.protocolId && lessons && (
            <QuestionsStep {...position('questions')} session={session} lessons={lessons} onUpdate={(patch) => void update(patch)} onNext={() => setStep('feelings')} />
          )}
          {step === 'feelings' && <FeelingsStep {...position('feelings')} session={session} crisisLine={crisisLine} onUpdate={(patch) => void update(patch)} onNext={() => setStep('check')} />}
          {step === 'check' && lessons && (
            <CheckStep
              {...position('check')}
              lessons={lessons}
              session={session}
              onUpdate={(patch) => void update(patch)}
              onNext={() => setStep('review')}
              onReadAgain={(id, checkId) => {
                setCheckLeft(checkId);
                visit('learn', 'check', { at: 'section', id });
              }}
              leftAt={checkLeft}
              onReturned={() => setCheckLeft(null)}
            />
          )}
          {step === 'review' && lessons && (
            <ReviewStep
              {...position('review')}
              session={session}
              protocols={choices}
              lessons={lessons}
              crisisLine={crisisLine}
              kiosk={kiosk}
              onUpdate={(patch) => void update(patch)}
              onNext={() => setStep('handout')}
              onChangeWelcome={() => visit('welcome', 'review')}
              onReadAgain={(id) => visit('learn', 'review', { at: 'section', id })}
            />
          )}
          {step === 'handout' && <HandoutStep {...position('handout')} kiosk={kiosk} session={session} deleting={kiosk ? null : <DeleteMyInformation kiosk={false} />} />}
        </VoiceProvider>
      )}
      {dialog}
    </div>
  );
}
