import { useTranslation } from 'react-i18next';
import type { Lesson } from '@shared/content/lesson';
import type { PatientSession, SessionPatch } from '@shared/schemas/session';
import { useProtocol } from '../api/use-protocol';
import { ErrorMessage } from '../components/ErrorMessage';
import { QuestionPicker } from '../components/QuestionPicker';
import { StepFrame } from '../components/StepFrame';
import type { StepPosition } from './step-position';

export interface QuestionsStepProps extends StepPosition {
  session: PatientSession;
  /** For the lesson parts marked "ask my team about this", which are on the list too. */
  lessons: readonly Lesson[];
  onUpdate: (patch: SessionPatch) => void;
  onNext: () => void;
}

/** The questions to take to the care team. */
export function QuestionsStep({
  session,
  lessons,
  onUpdate,
  onNext,
  ...position
}: QuestionsStepProps) {
  const { t } = useTranslation();
  const { protocol, error } = useProtocol(session.protocolId ?? '');
  return (
    <StepFrame heading={t('questions.heading')} onNext={onNext} {...position}>
      <p>{t('questions.intro')}</p>
      <ErrorMessage error={error} />
      {protocol && (
        <QuestionPicker
          protocol={protocol}
          lessons={lessons}
          questions={session.questions}
          flagged={session.flagged}
          onChange={(questions) => onUpdate({ questions })}
        />
      )}
    </StepFrame>
  );
}
