import type { PinHash } from '@shared/clinician/clinician-pin';

/** The staff PIN the tests use. */
export const STAFF_PIN = '482913';

/** Its hash, made once with `npm run pin-hash` (hashing is slow on purpose); a unit test checks they match. */
export const STAFF_PIN_HASH: PinHash = {
  algorithm: 'scrypt',
  cost: 32768,
  blockSize: 8,
  salt: '/XFIlwDQlwD56IJy4IcchQ==',
  hash: 'tuQBax6UMu6F43RUayvMVYz6D0W220ug+Slrim4RIfY=',
};
