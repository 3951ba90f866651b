import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UnprintableNote } from './UnprintableNote';

const PAUSE_MS = 800;

/**
 * Worries to write down for the team. The field keeps its own text while the person types; it is saved a moment
 * after they pause, when they leave the field, and when the field goes away (next step, review closed), so a
 * closed window loses nothing.
 */
export function WorriesField({
  saved,
  onSave,
}: {
  saved: string;
  onSave: (worries: string) => void;
}) {
  const { t } = useTranslation();
  const ids = { worries: useId(), hint: useId(), unprintable: useId() };
  const [worries, setWorries] = useState(saved);
  const latest = useRef({ worries, saved, onSave });
  useEffect(() => {
    latest.current = { worries, saved, onSave };
  });
  const save = () => worries !== saved && onSave(worries);
  useEffect(() => {
    if (worries === saved) return;
    const timer = setTimeout(() => onSave(worries), PAUSE_MS);
    return () => clearTimeout(timer);
  }, [worries, saved, onSave]);
  useEffect(
    () => () => {
      const last = latest.current;
      if (last.worries !== last.saved) last.onSave(last.worries);
    },
    [],
  );

  return (
    <div className="field">
      <label htmlFor={ids.worries}>{t('feelings.worriesLabel')}</label>
      <p id={ids.hint} className="hint">
        {t('feelings.worriesHint')}
      </p>
      <textarea
        id={ids.worries}
        dir="auto"
        rows={4}
        maxLength={2000}
        aria-describedby={`${ids.hint} ${ids.unprintable}`}
        value={worries}
        onChange={(event) => setWorries(event.target.value)}
        onBlur={save}
      />
      <UnprintableNote id={ids.unprintable} text={worries} />
    </div>
  );
}
