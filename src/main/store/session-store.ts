import type { PatientSession } from '@shared/schemas/session';
import type { AppMode } from '@shared/schemas/computer-role';
import type { KeyStorageLevel } from '../platform/key-storage';
import type { SessionFile } from './encrypted-session-file';

/** Where one patient's answers live while they use the app. */
export interface SessionStore {
  load(): PatientSession | null;
  /** Keeps the answers in memory at once; resolves when they are also on disk, where they are saved. */
  save(session: PatientSession): Promise<void>;
  /** Forgets the patient: in memory, and on disk with everything set aside and the key that locked them. */
  clear(): void;
}

export interface SessionPersistence {
  mode: AppMode;
  storage: KeyStorageLevel;
  /** Whether answers are written (encrypted) to disk as they are given. */
  saving: boolean;
}

/**
 * The patient's answers: always in memory; at home also saved, encrypted, as they are given, so a closed window
 * loses nothing. In a kiosk nothing is ever written. Where the OS cannot protect the key, saving is off unless
 * the patient turns it on knowingly; where the OS protects it, the patient can still turn it off.
 */
export function patientSessions(mode: AppMode, storage: KeyStorageLevel, file: SessionFile | null) {
  const restored = mode === 'home' ? (file?.read() ?? null) : null;
  let current = restored;
  let saving = mode === 'home' && file !== null && (storage === 'protected' || restored !== null);

  const store: SessionStore & {
    persistence(): SessionPersistence;
    setSaving(on: boolean): Promise<SessionPersistence>;
  } = {
    load: () => current,
    async save(session) {
      current = session;
      if (saving) await file?.write(session);
    },
    clear() {
      current = null;
      file?.remove();
    },
    persistence: () => ({ mode, storage, saving }),
    async setSaving(on) {
      if (on && (mode !== 'home' || file === null))
        throw new Error('Answers cannot be saved on this computer.');
      saving = on;
      if (on && current) await file?.write(current);
      if (!on) file?.remove();
      return store.persistence();
    },
  };
  return store;
}
export type PatientSessions = ReturnType<typeof patientSessions>;
