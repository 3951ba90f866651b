import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StartupInfo } from '@shared/contract/api-contract';
import type { Language } from '@shared/i18n/languages';
import { ClinicianArea } from './lazy-screens';
import { DisplayControls } from '../components/DisplayControls';
import { LanguagePicker } from '../components/LanguagePicker';
import { ProblemList } from '../components/ProblemList';
import { StoreNotices } from '../components/StoreNotices';
import { useActivityReports } from '../kiosk/use-activity-reports';
import { useIdleNews } from '../kiosk/use-idle-news';
import { takeOffScreen } from './forget-patient';

export interface SettingsNeedAttentionProps {
  startup: StartupInfo;
  language: Language;
  onLanguage: (language: Language) => void;
}

/**
 * What a computer whose role is not known shows instead of a patient's journey: that it waits for staff, what
 * happened, where the file is, and the way on. Where the clinic settings could not be read, staff confirm them in
 * clinician mode, behind the PIN; where the organization's settings file could not be used, only IT fixing it and a
 * restart help, so the clinic-settings steps are not offered. It names no one.
 */
export function SettingsNeedAttention({
  startup,
  language,
  onLanguage,
}: SettingsNeedAttentionProps) {
  const { t } = useTranslation();
  const [clinician, setClinician] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!clinician) heading.current?.focus();
  }, [clinician]);
  // Staff who walk away leave clinician mode locked behind them, as on a kiosk: main's idle deadline locks it.
  const kiosk = startup.persistence.mode === 'kiosk';
  useActivityReports(kiosk && clinician);
  useIdleNews(kiosk, (news) => (news.state === 'ended' ? takeOffScreen() : setClinician(false)));
  const refused = startup.managedSettingsRefused;
  const memoryOnly = startup.notices.some(
    (notice) => notice.store === 'clinic' && notice.memoryOnly,
  );
  const names = {
    staff: t('clinician:nav.enter'),
    settings: t('clinician:nav.settings'),
    mode: t('clinician:settings.mode'),
    save: t('clinician:settings.save'),
  };

  return (
    <div className="app">
      <header className="app-header">
        <p className="app-name">{t('appName')}</p>
        <DisplayControls />
        <LanguagePicker value={language} onChange={onLanguage} />
      </header>
      {clinician ? (
        <ClinicianArea onLeave={() => setClinician(false)} />
      ) : (
        <main className="step">
          <h1 ref={heading} tabIndex={-1}>
            {t('attention.heading')}
          </h1>
          <p>{t('attention.askStaff')}</p>
          <p>{t('attention.privacy')}</p>
          {refused && (
            <ProblemList
              heading={
                <>
                  {t('attention.managedRefused')} <code dir="ltr">{refused.path}</code>
                </>
              }
              problems={refused.problems}
            />
          )}
          <StoreNotices notices={startup.notices} />
          <section aria-labelledby="attention-staff">
            <h2 id="attention-staff">{t('attention.forStaff')}</h2>
            {refused ? (
              <ol>
                <li>{t('attention.stepFixManaged')}</li>
                <li>{t('attention.stepRestart')}</li>
              </ol>
            ) : memoryOnly ? (
              <p className="notice">{t('attention.memoryOnly')}</p>
            ) : (
              <ol>
                <li>{t('attention.stepUnlock', names)}</li>
                <li>{t('attention.stepSettings', names)}</li>
                <li>{t('attention.stepRestart')}</li>
              </ol>
            )}
            {/* Without a PIN no one can open staff mode here: an administrator gives one (README, "The clinician PIN"). */}
            {startup.staffModeOffered ? (
              <button type="button" className="primary big" onClick={() => setClinician(true)}>
                {names.staff}
              </button>
            ) : (
              <p className="notice">{t('kiosk.noStaffPin')}</p>
            )}
          </section>
        </main>
      )}
    </div>
  );
}
