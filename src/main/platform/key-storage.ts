/**
 * The operating system's key storage (Keychain, DPAPI, libsecret or KWallet), used to lock the key that
 * encrypts a patient's saved answers. Electron's safeStorage in the app; a stand-in elsewhere.
 */
export interface KeyStorage {
  /**
   * "protected": the OS keeps the key; "unprotected": it can only obfuscate it (for example Linux without a
   * keyring, where Electron falls back to a built-in password); "unavailable": nothing can be encrypted.
   */
  level(): Promise<KeyStorageLevel>;
  encrypt(plain: string): Promise<Uint8Array>;
  decrypt(cipher: Uint8Array): Promise<string>;
}

export type KeyStorageLevel = 'protected' | 'unprotected' | 'unavailable';

/** For hosts with no key storage at all (the Chromium host): says so, and never pretends to encrypt. */
export const NO_KEY_STORAGE: KeyStorage = {
  level: async () => 'unavailable',
  encrypt: async () => {
    throw new Error('No key storage on this host.');
  },
  decrypt: async () => {
    throw new Error('No key storage on this host.');
  },
};
