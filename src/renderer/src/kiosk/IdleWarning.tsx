import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Are you still there?": a modal with a visible countdown and one large button. Pressing it (or any key that
 * presses it) keeps everything; when the count reaches zero, `onTimeUp` ends the session.
 */
export function IdleWarning({ seconds, onStillHere, onTimeUp }: { seconds: number; onStillHere: () => void; onTimeUp: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const ids = { heading: useId(), text: useId() };
  // One deadline, and the count shown read from the clock, so a slow or sleeping page still ends on time.
  const [deadline] = useState(() => Date.now() + seconds * 1000);
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    ref.current?.showModal();
    button.current?.focus();
  }, []);
  useEffect(() => {
    const end = setTimeout(onTimeUp, deadline - Date.now());
    const tick = setInterval(() => setLeft(Math.max(0, Math.ceil((deadline - Date.now()) / 1000))), 250);
    return () => {
      clearTimeout(end);
      clearInterval(tick);
    };
  }, [deadline, onTimeUp]);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog idle-warning"
      aria-labelledby={ids.heading}
      aria-describedby={ids.text}
      onCancel={(event) => {
        event.preventDefault();
        onStillHere();
      }}
    >
      <h2 id={ids.heading}>{t('kiosk.stillThereHeading')}</h2>
      <p id={ids.text}>{t('kiosk.stillThereText')}</p>
      {/* Read out every ten seconds and in the last five, not every second, so a screen reader can still be heard. */}
      <p className="countdown" aria-live={left % 10 === 0 || left <= 5 ? 'assertive' : 'off'}>
        {t('kiosk.secondsLeft', { seconds: left })}
      </p>
      <button ref={button} type="button" className="primary big" onClick={onStillHere}>
        {t('kiosk.stillHere')}
      </button>
    </dialog>
  );
}
