import { ApiError } from '../ipc/api-error';

/** Clinician mode locks itself after this long without a clinician call. */
export const CLINICIAN_IDLE_MS = 15 * 60_000;

/** What a staff call is told while clinician mode is not open. */
export const CLINICIAN_MODE_LOCKED = 'Clinician mode is locked.';

/** Whether clinician mode is open. Main decides, so a renderer cannot unlock it by itself. */
export function clinicianSession(now: () => Date) {
  let unlockedUntil = 0;
  const renew = (): boolean => {
    if (now().getTime() >= unlockedUntil) return false;
    unlockedUntil = now().getTime() + CLINICIAN_IDLE_MS;
    return true;
  };
  return {
    open(): void {
      unlockedUntil = now().getTime() + CLINICIAN_IDLE_MS;
    },
    close(): void {
      unlockedUntil = 0;
    },
    isOpen: () => now().getTime() < unlockedUntil,
    /** Whether open; each time it is, it stays open a while longer (every staff call the dispatcher lets through). */
    renew,
    /** Throws unless open, renewing it as `renew` does. */
    require(): void {
      if (!renew()) throw new ApiError('forbidden', CLINICIAN_MODE_LOCKED);
    },
  };
}
export type ClinicianSession = ReturnType<typeof clinicianSession>;
