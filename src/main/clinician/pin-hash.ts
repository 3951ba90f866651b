import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** A clinician PIN as stored: a slow, salted scrypt hash, never the PIN itself. */
export const PinHashSchema = z
  .object({
    algorithm: z.literal('scrypt'),
    cost: z.number().int().min(2 ** 14).max(2 ** 20),
    blockSize: z.number().int().min(8).max(32),
    salt: z.base64(),
    hash: z.base64(),
  })
  .strict();
export type PinHash = z.infer<typeof PinHashSchema>;

/** Six to twelve digits: short enough to type at a kiosk, long enough that the lockout makes guessing hopeless. */
export const PinSchema = z.string().regex(/^\d{6,12}$/, 'use 6 to 12 digits');

const KEY_LENGTH = 32;
// About 100 ms a try on our machines: unnoticeable once, slow for anyone trying every PIN offline.
const COST = 2 ** 15;
const BLOCK_SIZE = 8;

function derive(pin: string, salt: Buffer, cost: number, blockSize: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(pin, salt, KEY_LENGTH, { N: cost, r: blockSize, p: 1, maxmem: 256 * cost * blockSize }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPin(pin: string): Promise<PinHash> {
  const salt = randomBytes(16);
  const hash = await derive(PinSchema.parse(pin), salt, COST, BLOCK_SIZE);
  return { algorithm: 'scrypt', cost: COST, blockSize: BLOCK_SIZE, salt: salt.toString('base64'), hash: hash.toString('base64') };
}

export async function pinMatches(pin: string, stored: PinHash): Promise<boolean> {
  if (!PinSchema.safeParse(pin).success) return false;
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await derive(pin, Buffer.from(stored.salt, 'base64'), stored.cost, stored.blockSize);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
