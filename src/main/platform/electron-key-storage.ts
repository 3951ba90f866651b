import { safeStorage } from 'electron';
import type { KeyStorage } from './key-storage';

/** safeStorage's asynchronous API (the synchronous one is deprecated in Electron 45). */
export function electronKeyStorage(platform: NodeJS.Platform): KeyStorage {
  return {
    async level() {
      // Some Electron 42 builds rejected here shortly after ready; treat any failure as no key storage.
      const available = await safeStorage.isAsyncEncryptionAvailable().catch(() => false);
      if (!available) return 'unavailable';
      // On Linux without a desktop keyring, safeStorage encrypts with a hard-coded password: not protection.
      if (
        platform === 'linux' &&
        ['basic_text', 'unknown'].includes(safeStorage.getSelectedStorageBackend())
      )
        return 'unprotected';
      return 'protected';
    },
    encrypt: async (plain) => new Uint8Array(await safeStorage.encryptStringAsync(plain)),
    decrypt: async (cipher) => (await safeStorage.decryptStringAsync(Buffer.from(cipher))).result,
  };
}
