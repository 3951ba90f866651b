import { z } from 'zod';
import { hashPin, PinHashSchema, pinMatches } from './pin-hash';

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

/** Checks PINs with a lockout after repeated wrong tries. The PIN itself is never stored or logged. */
export function pinLock(store: PinStore, now: () => Date) {
  return {
    isSet: () => store.read().pin !== null,

    async setPin(pin: string): Promise<void> {
      store.write({ pin: await hashPin(pin), failedAttempts: 0, lockedUntil: null });
    },

    async unlock(pin: string): Promise<UnlockResult> {
      const state = store.read();
      if (!state.pin) return { outcome: 'no-pin-set' };
      const at = now();
      if (state.lockedUntil && Date.parse(state.lockedUntil) > at.getTime()) return { outcome: 'locked-out', until: state.lockedUntil };
      if (await pinMatches(pin, state.pin)) {
        store.write({ ...state, failedAttempts: 0, lockedUntil: null });
        return { outcome: 'unlocked' };
      }
      const failedAttempts = state.failedAttempts + 1;
      if (failedAttempts < FREE_ATTEMPTS) {
        store.write({ ...state, failedAttempts, lockedUntil: null });
        return { outcome: 'wrong-pin', attemptsLeft: FREE_ATTEMPTS - failedAttempts };
      }
      const until = new Date(at.getTime() + lockoutMs(failedAttempts)).toISOString();
      store.write({ ...state, failedAttempts, lockedUntil: until });
      return { outcome: 'locked-out', until };
    },
  };
}
export type PinLock = ReturnType<typeof pinLock>;
