import { useTranslation } from 'react-i18next';
import type { RequiredClinicSetting } from '@shared/schemas/clinic-settings';

/**
 * A kiosk whose clinic has not entered its name and numbers: the patient is asked to fetch staff, and staff are
 * told which settings are missing and where to enter them. No session starts until they are set.
 */
export function NotSetUp({
  missing,
  staffModeOffered,
}: {
  missing: readonly RequiredClinicSetting[];
  staffModeOffered: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="not-set-up">
      <p className="error" role="alert">
        {t('kiosk.notSetUp')}
      </p>
      <p>{t('kiosk.notSetUpMissing')}</p>
      <ul>
        {missing.map((setting) => (
          <li key={setting}>{t(`clinician:settings.${setting}`)}</li>
        ))}
      </ul>
      {staffModeOffered && (
        <p>
          {t('kiosk.notSetUpHow', {
            button: t('clinician:nav.enter'),
            settings: t('clinician:nav.settings'),
          })}
        </p>
      )}
    </div>
  );
}
