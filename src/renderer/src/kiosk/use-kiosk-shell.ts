import { useState } from 'react';
import type { StartupInfo } from '@shared/contract/api-contract';
import { call } from '../api/client';
import { takeOffScreen } from '../app/forget-patient';
import { useActivityReports } from './use-activity-reports';
import { useIdleNews } from './use-idle-news';

/**
 * What a shared kiosk adds around the walkthrough: a screen with no names between patients, whether a patient may
 * start, and main's idle deadline, which forgets a patient who walks away. Touches are reported while someone is
 * using it (a patient, or staff in clinician mode), never while the warning asks, so only an answer to it counts.
 */
export function useKioskShell(
  startup: StartupInfo,
  clinician: boolean,
  leaveStaffMode: () => void,
) {
  const kiosk = startup.persistence.mode === 'kiosk';
  const [attract, setAttract] = useState(kiosk);
  // Main decides whether a patient may start; staff entering the missing clinic settings changes it.
  const [sessionStart, setSessionStart] = useState(startup.sessionStart);
  // The seconds main gave when it warned; null while no warning shows.
  const [warning, setWarning] = useState<number | null>(null);
  useActivityReports(kiosk && (clinician || !attract) && warning === null);
  useIdleNews(kiosk, (news) => {
    if (news.state === 'ended') {
      takeOffScreen();
      return;
    }
    // Main has locked clinician mode: staff who walked away leave it locked behind them.
    leaveStaffMode();
    if (!attract) setWarning(news.secondsLeft);
  });
  return {
    kiosk,
    attract,
    sessionStart,
    warning,
    start: () => setAttract(false),
    /** "I'm still here" counts once main has heard it; until then the warning stays, and main's deadline with it. */
    stillHere: () =>
      void call('reportKioskActivity').then(
        () => setWarning(null),
        () => undefined,
      ),
    refreshSessionStart: () => call('getSessionStart').then(setSessionStart),
  };
}
