import type { PatientSession } from '../../shared/schemas/session';

/** Where one patient's answers live while they use the app. */
export interface SessionStore {
  load(): PatientSession | null;
  save(session: PatientSession): void;
  clear(): void;
}

/**
 * Keeps the session in memory only: nothing of the patient is written to disk, which is what a shared
 * kiosk needs. Saving to disk for resuming at home comes with encryption at rest (safeStorage), not before.
 */
export function memorySessionStore(): SessionStore {
  let current: PatientSession | null = null;
  return {
    load: () => current,
    save: (session) => {
      current = session;
    },
    clear: () => {
      current = null;
    },
  };
}
