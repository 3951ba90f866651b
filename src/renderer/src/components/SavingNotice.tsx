import { useTranslation } from 'react-i18next';
import type { SessionPersistence } from '@shared/contract/api-contract';

/**
 * Says plainly whether answers are kept on this computer, and lets the patient choose: to stop saving, or,
 * where the computer cannot lock saved answers, to save anyway knowing that.
 */
export function SavingNotice({
  persistence,
  onChange,
}: {
  persistence: SessionPersistence;
  onChange: (save: boolean) => void;
}) {
  const { t } = useTranslation();
  if (persistence.mode === 'kiosk') return <p className="hint">{t('saving.kiosk')}</p>;
  if (persistence.storage === 'unavailable')
    return <p className="hint">{t('saving.unavailable')}</p>;
  const state = `${persistence.storage}${persistence.saving ? 'On' : 'Off'}` as const;
  const action = persistence.saving
    ? 'turnOff'
    : persistence.storage === 'protected'
      ? 'turnOn'
      : 'turnOnUnprotected';
  return (
    <div className="saving-notice">
      <p role="status">{t(`saving.${state}`)}</p>
      <button type="button" className="secondary" onClick={() => onChange(!persistence.saving)}>
        {t(`saving.${action}`)}
      </button>
    </div>
  );
}
