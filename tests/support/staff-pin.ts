import type { PinHash } from '@shared/clinician/clinician-pin';

/** The staff PIN the tests use. */
export const STAFF_PIN = '482913';

/**
 * Its hash, made once with node's scrypt at the lowest cost the app accepts (PinHashSchema's minimum, half of what
 * hashPin uses), so each unlock in a test takes a third of the processor time; a unit test checks it matches the
 * PIN and is accepted, and pin.test.ts checks new PINs get the full cost.
 */
export const STAFF_PIN_HASH: PinHash = {
  algorithm: 'scrypt',
  cost: 16384,
  blockSize: 8,
  salt: 'yYlFYWt9Qb/eJXMpEXCNZw==',
  hash: 'l/HDlKcj1AiRDXqmHReJmiEsvH9Hl6rjTptqJjxX4vE=',
};
