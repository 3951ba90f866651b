import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../components/ModalDialog';

/**
 * "Are you still there?": a modal with a visible countdown and one large button. Pressing it (or any key that
 * presses it) keeps everything. The count only shows main's deadline: main ends the session when it runs out,
 * whatever this page does.
 */
export function IdleWarning({
  seconds,
  onStillHere,
}: {
  seconds: number;
  onStillHere: () => void;
}) {
  const { t } = useTranslation();
  const button = useRef<HTMLButtonElement>(null);
  // The count shown is read from the clock, so a slow page shows the time truly left.
  const [deadline] = useState(() => Date.now() + seconds * 1000);
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    const tick = setInterval(
      () => setLeft(Math.max(0, Math.ceil((deadline - Date.now()) / 1000))),
      250,
    );
    return () => clearInterval(tick);
  }, [deadline]);
  return (
    <ModalDialog
      heading={t('kiosk.stillThereHeading')}
      message={t('kiosk.stillThereText')}
      initialFocus={button}
      onCancel={onStillHere}
      className="idle-warning"
    >
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
