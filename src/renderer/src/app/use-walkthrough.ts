import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatientSession } from '@shared/schemas/session';
import { WALKTHROUGH_STEPS, type WalkthroughStep } from '@shared/walkthrough/walkthrough-steps';
import { call } from '../api/client';
import type { LearnEntry } from '../steps/LearnStep';
import { useAnswers } from './use-answers';
import { useLatest } from './use-latest';

/**
 * The walkthrough's state: the answers, the step the patient is on, and how they move, one step at a time, with
 * detours from the check or the review that lead back there.
 */
export function useWalkthrough(
  initialSession: PatientSession,
  onError: (failure: unknown) => void,
) {
  const { t } = useTranslation();
  const answers = useAnswers(initialSession, onError);
  const { setSession } = answers;
  const reportError = useLatest(onError);
  // Reopens on the step the patient was on (after a restart or a crash), once the therapy and who fills it in are known.
  const [step, setStep] = useState<WalkthroughStep>(() =>
    initialSession.step && initialSession.protocolId && initialSession.role
      ? initialSession.step
      : 'welcome',
  );
  const [learnEntry, setLearnEntry] = useState<LearnEntry>({ at: 'start' });
  // A step opened from the check or the review ("read this part again", "change") leads back there.
  const [returnTo, setReturnTo] = useState<WalkthroughStep | null>(null);
  // The question of the check the patient left to read a part again, to show it when they come back.
  const [checkLeft, setCheckLeft] = useState<string | null>(null);

  const openLessons = (entry: LearnEntry) => {
    setLearnEntry(entry);
    setStep('learn');
  };
  const visit = (target: WalkthroughStep, from: WalkthroughStep, entry?: LearnEntry) => {
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

  // Each move is remembered with the answers; the first render is where the app opened, so nothing is written then.
  const opened = useRef(true);
  useEffect(() => {
    if (opened.current) {
      opened.current = false;
      return;
    }
    call('updateSession', { step }).then(setSession, (failure: unknown) =>
      reportError.current(failure),
    );
  }, [step, setSession, reportError]);

  /** Where a step sits, how to go back from it, and what its "next" says on a detour. */
  const position = (current: WalkthroughStep) => {
    const index = WALKTHROUGH_STEPS.indexOf(current);
    const previous = WALKTHROUGH_STEPS[index - 1];
    // Going back into the lessons opens the last one, where the patient left them.
    const back =
      previous === 'learn'
        ? () => openLessons({ at: 'end' })
        : previous
          ? () => setStep(previous)
          : undefined;
    const nextLabel =
      returnTo === 'review'
        ? t('review.back')
        : returnTo === 'check'
          ? t('teachBack.back')
          : undefined;
    return { current: index + 1, total: WALKTHROUGH_STEPS.length, onBack: back, nextLabel };
  };

  return {
    ...answers,
    step,
    setStep,
    learnEntry,
    checkLeft,
    setCheckLeft,
    openLessons,
    visit,
    goOn,
    position,
  };
}
export type Walkthrough = ReturnType<typeof useWalkthrough>;
