import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionEndNotice } from '@shared/schemas/session-end';
import type { SessionStart } from '@shared/schemas/session-start';
import { NotSetUp } from './NotSetUp';

export interface AttractScreenProps {
  sessionEnded: SessionEndNotice | null;
  /** Main's answer to whether a patient may start here, with the clinic settings still missing. */
  sessionStart: SessionStart;
  noStaffPin: boolean;
  onStart: () => void;
}

/**
 * What a shared kiosk shows between patients: what the app is for and how to start, never a name. After a
 * printed handout it also says where the handout is. When the last session could not be erased completely, or
 * the clinic has not entered its name and numbers, no one may start: it asks for staff instead. On a kiosk with no
 * staff PIN, a line tells staff why staff mode is closed.
 */
export function AttractScreen({
  sessionEnded,
  sessionStart,
  noStaffPin,
  onStart,
}: AttractScreenProps) {
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
      ) : !sessionStart.allowed ? (
        <NotSetUp missing={sessionStart.missingSettings} staffModeOffered={!noStaffPin} />
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
