import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { NewPinSchema, PinSchema, type PinHash } from '@shared/clinician/clinician-pin';

const KEY_LENGTH = 32;
// About 100 ms a try on our machines: unnoticeable once, slow for anyone trying every PIN offline.
const COST = 2 ** 15;
const BLOCK_SIZE = 8;

function derive(pin: string, salt: Buffer, cost: number, blockSize: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      pin,
      salt,
      KEY_LENGTH,
      { N: cost, r: blockSize, p: 1, maxmem: 256 * cost * blockSize },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
}

/** Hashes a new PIN; one too easy to guess is refused here too, whoever asks (the app or IT's pin-hash command). */
export async function hashPin(pin: string): Promise<PinHash> {
  const salt = randomBytes(16);
  const hash = await derive(NewPinSchema.parse(pin), salt, COST, BLOCK_SIZE);
  return {
    algorithm: 'scrypt',
    cost: COST,
    blockSize: BLOCK_SIZE,
    salt: salt.toString('base64'),
    hash: hash.toString('base64'),
  };
}

export async function pinMatches(pin: string, stored: PinHash): Promise<boolean> {
  if (!PinSchema.safeParse(pin).success) return false;
  const expected = Buffer.from(stored.hash, 'base64');
  const actual = await derive(
    pin,
    Buffer.from(stored.salt, 'base64'),
    stored.cost,
    stored.blockSize,
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
