import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../components/ModalDialog';

/**
 * "Are you still there?": a modal with a visible countdown and one large button. Pressing it (or any key that
 * presses it) keeps everything; when the count reaches zero, `onTimeUp` ends the session.
 */
export function IdleWarning({ seconds, onStillHere, onTimeUp }: { seconds: number; onStillHere: () => void; onTimeUp: () => void }) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  // One deadline, and the count shown read from the clock, so a slow or sleeping page still ends on time.
  const [deadline] = useState(() => Date.now() + seconds * 1000);
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    const end = setTimeout(onTimeUp, deadline - Date.now());
    const tick = setInterval(() => setLeft(Math.max(0, Math.ceil((deadline - Date.now()) / 1000))), 250);
    return () => {
      clearTimeout(end);
      clearInterval(tick);
    };
  }, [deadline, onTimeUp]);
  return (
    <ModalDialog heading={t('kiosk.stillThereHeading')} message={t('kiosk.stillThereText')} initialFocus={button} onCancel={onStillHere} className="idle-warning">
      {/* Read out every ten seconds and in the last five, not every second, so a screen reader can still be heard. */}
      <p className="countdown" aria-live={left % 10 === 0 || left <= 5 ? 'assertive' : 'off'}>
        {t('kiosk.secondsLeft', { seconds: left })}
      </p>
      <button ref={button} type="button" className="primary big" onClick={onStillHere}>
        {t('kiosk.stillHere')}
      </button>
    </ModalDialog>
  );
}
