import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { KeyStorage, KeyStorageLevel } from '../../src/main/platform/key-storage';

/**
 * Stands in for the OS key storage in tests: it really encrypts, with a secret that lives only in this object,
 * so a "restart" that reuses the object can unlock the file and one that does not cannot.
 */
export function fakeKeyStorage(level: KeyStorageLevel = 'protected'): KeyStorage {
  const secret = randomBytes(32);
  return {
    level: async () => level,
    async encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', secret, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return new Uint8Array(Buffer.concat([iv, cipher.getAuthTag(), body]));
    },
    async decrypt(bytes) {
      const data = Buffer.from(bytes);
      const decipher = createDecipheriv('aes-256-gcm', secret, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
