import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatientSession, SessionPatch } from '../../../shared/schemas/session';
import { StepFrame } from '../components/StepFrame';
import type { StepPosition } from './step-position';

export interface FeelingsStepProps extends StepPosition {
  session: PatientSession;
  onUpdate: (patch: SessionPatch) => void;
  onNext: () => void;
}

const HELPERS = ['team', 'counselor', 'socialWorker', 'people'] as const;
const PAUSE_MS = 800;

/** Feelings and support: what is normal to feel, who can help, and a place to write worries for the team. */
export function FeelingsStep({ session, onUpdate, onNext, ...position }: FeelingsStepProps) {
  const { t } = useTranslation();
  const ids = { worries: useId(), hint: useId() };
  // The field keeps its own text while the person types; it is saved a moment after they pause, and when they
  // leave the field or the step, so a closed window loses nothing.
  const [worries, setWorries] = useState(session.worries);
  const save = () => worries !== session.worries && onUpdate({ worries });
  useEffect(() => {
    if (worries === session.worries) return;
    const timer = setTimeout(() => onUpdate({ worries }), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [worries, session.worries, onUpdate]);

  return (
    <StepFrame
      heading={t('feelings.heading')}
      {...position}
      onNext={() => {
        save();
        onNext();
      }}
    >
      <p>{t('feelings.normal')}</p>
      <h2>{t('feelings.whoHeading')}</h2>
      <ul>
        {HELPERS.map((helper) => (
          <li key={helper}>{t(`feelings.who.${helper}`)}</li>
        ))}
      </ul>
      <p className="notice">{t('feelings.urgent')}</p>
      <div className="field">
        <label htmlFor={ids.worries}>{t('feelings.worriesLabel')}</label>
        <p id={ids.hint} className="hint">
          {t('feelings.worriesHint')}
        </p>
        <textarea id={ids.worries} dir="auto" rows={4} maxLength={2000} aria-describedby={ids.hint} value={worries} onChange={(event) => setWorries(event.target.value)} onBlur={save} />
      </div>
    </StepFrame>
  );
}
