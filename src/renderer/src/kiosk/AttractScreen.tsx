import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * What a shared kiosk shows between patients: what the app is for and how to start, never a name. After a
 * printed handout it also says where the handout is. On a kiosk with no staff PIN, a line tells staff why staff
 * mode is closed.
 */
export function AttractScreen({ printed, noStaffPin, onStart }: { printed: boolean; noStaffPin: boolean; onStart: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main className="step attract">
      <h1 ref={heading} tabIndex={-1}>
        {t('kiosk.heading')}
      </h1>
      {printed && (
        <p className="notice success" role="status">
          {t('kiosk.printed')}
        </p>
      )}
      <p>{t('kiosk.intro')}</p>
      <button type="button" className="primary big" onClick={onStart}>
        {t('kiosk.start')}
      </button>
      {noStaffPin && <p className="hint">{t('kiosk.noStaffPin')}</p>}
    </main>
  );
}
