import type { IdleDeadline } from '../kiosk/idle-deadline';
import { ApiError } from './api-error';
import type { HandlersFor } from './dispatcher';

export type IdleDeadlineCall = 'reportKioskActivity' | 'waitForIdleNews';

/** The page's side of main's idle deadline; a computer that is not a kiosk has none, and says so. */
export function createIdleDeadlineHandlers(
  deadline: IdleDeadline | null,
): HandlersFor<IdleDeadlineCall> {
  const kiosk = () => {
    if (!deadline) throw new ApiError('forbidden', 'Only a kiosk has an idle deadline.');
    return deadline;
  };
  return {
    reportKioskActivity: () => {
      kiosk().touched();
      return { heard: true };
    },
    waitForIdleNews: () => kiosk().nextNews(),
  };
}
