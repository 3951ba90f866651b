import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionEndNotice } from '../../../shared/schemas/session-end';

/**
 * What a shared kiosk shows between patients: what the app is for and how to start, never a name. After a
 * printed handout it also says where the handout is. When the last session could not be erased completely, no
 * one may start: it asks for staff instead. On a kiosk with no staff PIN, a line tells staff why staff mode is
 * closed.
 */
export function AttractScreen({ sessionEnded, noStaffPin, onStart }: { sessionEnded: SessionEndNotice | null; noStaffPin: boolean; onStart: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main className="step attract">
      <h1 ref={heading} tabIndex={-1}>
        {t('kiosk.heading')}
      </h1>
      {sessionEnded === 'printed' && (
        <p className="notice success" role="status">
          {t('kiosk.printed')}
        </p>
      )}
      {sessionEnded === 'incomplete' ? (
        <p className="error" role="alert">
          {t('sessionEnd.incompleteKiosk')}
        </p>
      ) : (
        <>
          <p>{t('kiosk.intro')}</p>
          <button type="button" className="primary big" onClick={onStart}>
            {t('kiosk.start')}
          </button>
        </>
      )}
      {noStaffPin && <p className="hint">{t('kiosk.noStaffPin')}</p>}
    </main>
  );
}
