import { z } from 'zod';

/** A clinician PIN as stored: a slow, salted scrypt hash, never the PIN itself. */
export const PinHashSchema = z
  .object({
    algorithm: z.literal('scrypt'),
    cost: z
      .number()
      .int()
      .min(2 ** 14)
      .max(2 ** 20),
    blockSize: z.number().int().min(8).max(32),
    salt: z.base64(),
    hash: z.base64(),
  })
  .strict();
export type PinHash = z.infer<typeof PinHashSchema>;

/** Six to twelve digits: short enough to type at a kiosk, long enough that the lockout makes guessing hopeless. */
export const PinSchema = z.string().regex(/^\d{6,12}$/, 'use 6 to 12 digits');

/**
 * A PIN someone would try first: one digit over and over (000000), digits in a row up or down (123456, 987654,
 * 7890123, wrapping past 0 as on a keypad), or a group repeated (121212, 123123, 12341234).
 */
function isGuessable(pin: string): boolean {
  const digits = Array.from(pin, Number);
  const steps = digits.slice(1).map((digit, index) => (digit - (digits[index] ?? 0) + 10) % 10);
  const inARow = steps.every((step) => step === 1) || steps.every((step) => step === 9);
  return inARow || /^(\d+)\1+$/.test(pin);
}

/**
 * The one rule for a new PIN, used by the form before sending and by main before hashing. PINs set before the
 * rule still unlock: it applies to choosing a PIN, never to entering one.
 */
export function newPinProblem(pin: string): 'format' | 'guessable' | null {
  if (!PinSchema.safeParse(pin).success) return 'format';
  return isGuessable(pin) ? 'guessable' : null;
}

export const NewPinSchema = PinSchema.refine(
  (pin) => !isGuessable(pin),
  'too easy to guess: no repeated digits, runs or repeated groups',
);
