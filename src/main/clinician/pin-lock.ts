import { z } from 'zod';
import { PinHashSchema, type PinHash } from '@shared/clinician/clinician-pin';
import { hashPin, pinMatches } from './pin-hash';
import { oneAtATime } from './one-at-a-time';

/** What the clinic file keeps about the PIN: its hash and the lockout state, which survives a restart. */
export const PinStateSchema = z
  .object({
    pin: PinHashSchema.nullable(),
    failedAttempts: z.number().int().min(0),
    lockedUntil: z.iso.datetime().nullable(),
  })
  .strict();
export type PinState = z.infer<typeof PinStateSchema>;

export const NO_PIN: PinState = { pin: null, failedAttempts: 0, lockedUntil: null };

/** Free tries before the first lockout; each further wrong PIN doubles the wait, up to an hour. */
export const FREE_ATTEMPTS = 5;
const FIRST_LOCKOUT_MS = 5 * 60_000;
const LONGEST_LOCKOUT_MS = 60 * 60_000;

export type UnlockResult =
  | { outcome: 'unlocked' }
  | { outcome: 'wrong-pin'; attemptsLeft: number }
  | { outcome: 'locked-out'; until: string }
  | { outcome: 'no-pin-set' };

export interface PinStore {
  read(): PinState;
  write(state: PinState): void;
}

function lockoutMs(failedAttempts: number): number {
  const over = failedAttempts - FREE_ATTEMPTS;
  return Math.min(FIRST_LOCKOUT_MS * 2 ** over, LONGEST_LOCKOUT_MS);
}

/**
 * Checks PINs with a lockout after repeated wrong tries. The PIN itself is never stored or logged. The
 * organization's PIN hash (managed-settings.json), when there is one, is the PIN: the one set on this computer
 * is then ignored and cannot be changed; the count of wrong tries is kept in the store either way.
 */
export function pinLock(store: PinStore, now: () => Date, managedPin: PinHash | null = null) {
  // Tries are checked one at a time, so parallel tries cannot all read the same count.
  const inTurn = oneAtATime();
  return {
    isSet: () => (managedPin ?? store.read().pin) !== null,
    isManaged: () => managedPin !== null,

    setPin: (pin: string): Promise<void> =>
      inTurn(async () => {
        if (managedPin) throw new Error('The PIN is set by the organization.');
        store.write({ pin: await hashPin(pin), failedAttempts: 0, lockedUntil: null });
      }),

    unlock: (pin: string): Promise<UnlockResult> =>
      inTurn(async () => {
        const state = store.read();
        const stored = managedPin ?? state.pin;
        if (!stored) return { outcome: 'no-pin-set' };
        const at = now();
        if (state.lockedUntil && Date.parse(state.lockedUntil) > at.getTime())
          return { outcome: 'locked-out', until: state.lockedUntil };
        // The try is counted before the PIN is checked: stopping halfway (a crash, a closed window) gives no free try.
        const failedAttempts = state.failedAttempts + 1;
        const lockedUntil =
          failedAttempts < FREE_ATTEMPTS
            ? null
            : new Date(at.getTime() + lockoutMs(failedAttempts)).toISOString();
        store.write({ ...state, failedAttempts, lockedUntil });
        if (await pinMatches(pin, stored)) {
          store.write({ ...state, failedAttempts: 0, lockedUntil: null });
          return { outcome: 'unlocked' };
        }
        return lockedUntil
          ? { outcome: 'locked-out', until: lockedUntil }
          : { outcome: 'wrong-pin', attemptsLeft: FREE_ATTEMPTS - failedAttempts };
      }),
  };
}
export type PinLock = ReturnType<typeof pinLock>;
