import { ApiError } from '../ipc/api-error';

/** Clinician mode locks itself after this long without a clinician call. */
export const CLINICIAN_IDLE_MS = 15 * 60_000;

/** Whether clinician mode is open. Main decides, so a renderer cannot unlock it by itself. */
export function clinicianSession(now: () => Date) {
  let unlockedUntil = 0;
  return {
    open(): void {
      unlockedUntil = now().getTime() + CLINICIAN_IDLE_MS;
    },
    close(): void {
      unlockedUntil = 0;
    },
    isOpen: () => now().getTime() < unlockedUntil,
    /** Throws unless open; each successful check keeps the mode open a while longer. */
    require(): void {
      if (now().getTime() >= unlockedUntil) throw new ApiError('forbidden', 'Clinician mode is locked.');
      unlockedUntil = now().getTime() + CLINICIAN_IDLE_MS;
    },
  };
}
export type ClinicianSession = ReturnType<typeof clinicianSession>;
