import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClinicianStatus } from '@shared/contract/clinician-calls';
import { newPinProblem } from '@shared/clinician/clinician-pin';
import { call } from '../api/client';
import { ErrorMessage } from '../components/ErrorMessage';

/** Asks for the clinician PIN, or for a first PIN when none is set yet. Main checks it and counts tries. */
export function PinGate({
  status,
  onStatus,
}: {
  status: ClinicianStatus;
  onStatus: (status: ClinicianStatus) => void;
}) {
  const { t, i18n } = useTranslation();
  const ids = { pin: useId(), repeat: useId(), feedback: useId() };
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [feedback, setFeedback] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const settingUp = !status.pinSet;
  const time = (iso: string) =>
    new Date(iso).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' });

  const submit = async () => {
    setError(null);
    setFeedback(null);
    try {
      if (settingUp) {
        const problem = newPinProblem(pin);
        if (problem) {
          setFeedback(t(`clinician:pin.${problem}`));
          return;
        }
        if (pin !== repeat) {
          setFeedback(t('clinician:pin.mismatch'));
          return;
        }
        onStatus(await call('clinicianSetPin', { pin }));
        return;
      }
      const result = await call('clinicianUnlock', { pin });
      setPin('');
      if (result.outcome === 'unlocked') onStatus(await call('clinicianStatus'));
      else if (result.outcome === 'wrong-pin')
        setFeedback(t('clinician:pin.wrong', { count: result.attemptsLeft }));
      else if (result.outcome === 'locked-out')
        setFeedback(t('clinician:pin.lockedOut', { time: time(result.until) }));
      else onStatus(await call('clinicianStatus'));
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <form
      className="pin-gate"
      aria-labelledby="pin-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h1 id="pin-heading" tabIndex={-1}>
        {t(settingUp ? 'clinician:pin.setUpHeading' : 'clinician:pin.heading')}
      </h1>
      <p>{t(settingUp ? 'clinician:pin.setUpIntro' : 'clinician:pin.intro')}</p>
      {status.lockedUntil && (
        <p className="error">{t('clinician:pin.lockedOut', { time: time(status.lockedUntil) })}</p>
      )}
      <div className="field">
        <label htmlFor={ids.pin}>
          {t(settingUp ? 'clinician:pin.newPin' : 'clinician:pin.pin')}
        </label>
        <input
          id={ids.pin}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          dir="ltr"
          value={pin}
          aria-describedby={feedback ? ids.feedback : undefined}
          onChange={(event) => setPin(event.target.value)}
        />
      </div>
      {settingUp && (
        <div className="field">
          <label htmlFor={ids.repeat}>{t('clinician:pin.repeat')}</label>
          <input
            id={ids.repeat}
            type="password"
            inputMode="numeric"
            autoComplete="off"
            dir="ltr"
            value={repeat}
            onChange={(event) => setRepeat(event.target.value)}
          />
        </div>
      )}
      {feedback && (
        <p id={ids.feedback} className="error" role="alert">
          {feedback}
        </p>
      )}
      <ErrorMessage error={error} />
      <button type="submit" className="primary">
        {t(settingUp ? 'clinician:pin.setUp' : 'clinician:pin.unlock')}
      </button>
    </form>
  );
}
