import type { ReactNode } from 'react';
import type { ProtocolSummary } from '@shared/contract/api-contract';
import type { GlossaryEntry } from '@shared/content/glossary';
import type { Lesson } from '@shared/content/lesson';
import { voiceOf } from '@shared/i18n/voice';
import { DeleteMyInformation } from '../components/DeleteMyInformation';
import { VoiceProvider } from '../i18n/voice';
import { WelcomeStep } from '../steps/WelcomeStep';
import {
  ChecklistStep,
  FeelingsStep,
  HandoutStep,
  HealthStep,
  LearnStep,
  QuestionsStep,
  ReviewStep,
  TeachBackStep,
} from './lazy-screens';
import type { Walkthrough } from './use-walkthrough';

export interface WalkthroughStepsProps {
  walkthrough: Walkthrough;
  lessons: readonly Lesson[] | null;
  glossary: readonly GlossaryEntry[] | null;
  protocols: readonly ProtocolSummary[];
  crisisLine: string;
  kiosk: boolean;
  planMessage: string | null;
  /** Changes when a plan opens, so the welcome step is drawn afresh with its answers. */
  welcomeKey: number;
  /** The notice about saving the answers on this computer, for the welcome step. */
  saving: ReactNode;
  onOpenPlan: () => void;
  confirm: (message: string, confirmLabel: string) => Promise<boolean>;
}

/** The step the patient is on, in the voice of whoever fills it in; a step that needs the lessons waits for them. */
export function WalkthroughSteps({
  walkthrough,
  lessons,
  glossary,
  protocols,
  crisisLine,
  kiosk,
  planMessage,
  welcomeKey,
  saving,
  onOpenPlan,
  confirm,
}: WalkthroughStepsProps) {
  const {
    session,
    step,
    setStep,
    update,
    position,
    visit,
    goOn,
    openLessons,
    learnEntry,
    checkLeft,
    setCheckLeft,
  } = walkthrough;
  const onUpdate = (patch: Parameters<typeof update>[0]) => void update(patch);
  return (
    <VoiceProvider voice={voiceOf(session.role)}>
      {step === 'welcome' && (
        <WelcomeStep
          key={welcomeKey}
          {...position('welcome')}
          session={session}
          protocols={protocols}
          planMessage={planMessage}
          saving={saving}
          // At home, someone coming back to saved answers can delete them from the first page.
          deleting={
            !kiosk && (session.firstName !== '' || session.protocolId !== null) ? (
              <DeleteMyInformation kiosk={false} />
            ) : null
          }
          kiosk={kiosk}
          onOpenPlan={kiosk ? undefined : onOpenPlan}
          confirm={confirm}
          onContinue={(answers) => {
            // update() reports its own failure.
            void update(answers).then(
              (updated) => updated && goOn(() => openLessons({ at: 'start' }))(),
            );
          }}
        />
      )}
      {step === 'learn' && lessons && glossary && (
        <LearnStep
          {...position('learn')}
          lessons={lessons}
          glossary={glossary}
          session={session}
          entry={learnEntry}
          onUpdate={onUpdate}
          onNext={goOn(() => setStep('checklist'))}
        />
      )}
      {step === 'checklist' && session.protocolId && (
        <ChecklistStep
          {...position('checklist')}
          session={session}
          onUpdate={onUpdate}
          onNext={() => setStep('health')}
        />
      )}
      {step === 'health' && (
        <HealthStep
          {...position('health')}
          session={session}
          onUpdate={onUpdate}
          onNext={() => setStep('questions')}
        />
      )}
      {step === 'questions' && session.protocolId && lessons && (
        <QuestionsStep
          {...position('questions')}
          session={session}
          lessons={lessons}
          onUpdate={onUpdate}
          onNext={() => setStep('feelings')}
        />
      )}
      {step === 'feelings' && (
        <FeelingsStep
          {...position('feelings')}
          session={session}
          crisisLine={crisisLine}
          onUpdate={onUpdate}
          onNext={() => setStep('check')}
        />
      )}
      {step === 'check' && lessons && (
        <TeachBackStep
          {...position('check')}
          lessons={lessons}
          session={session}
          onUpdate={onUpdate}
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
          protocols={protocols}
          lessons={lessons}
          crisisLine={crisisLine}
          kiosk={kiosk}
          onUpdate={onUpdate}
          onNext={() => setStep('handout')}
          onChangeWelcome={() => visit('welcome', 'review')}
          onReadAgain={(id) => visit('learn', 'review', { at: 'section', id })}
        />
      )}
      {step === 'handout' && (
        <HandoutStep
          {...position('handout')}
          kiosk={kiosk}
          session={session}
          deleting={kiosk ? null : <DeleteMyInformation kiosk={false} />}
        />
      )}
    </VoiceProvider>
  );
}
