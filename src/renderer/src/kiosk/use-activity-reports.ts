import { useEffect } from 'react';
import { call } from '../api/client';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;

/**
 * At most one report to main in this time. A touch soon after a report is not sent, so main's quiet time may start
 * up to this much early, never late.
 */
export const REPORT_EVERY_MS = 5_000;

/**
 * While `reporting`, tells main's idle deadline that someone touched, typed or scrolled (and once as it starts: the
 * press that led here was a touch). A report that fails is dropped: main then ends the session sooner, never later.
 */
export function useActivityReports(reporting: boolean): void {
  useEffect(() => {
    if (!reporting) return;
    let last = -Infinity;
    const report = () => {
      if (Date.now() - last < REPORT_EVERY_MS) return;
      last = Date.now();
      call('reportKioskActivity').catch(() => undefined);
    };
    report();
    for (const event of ACTIVITY)
      window.addEventListener(event, report, { capture: true, passive: true });
    return () => {
      for (const event of ACTIVITY) window.removeEventListener(event, report, { capture: true });
    };
  }, [reporting]);
}
