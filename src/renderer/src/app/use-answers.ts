import { useState } from 'react';
import type { PatientSession, SessionPatch } from '@shared/schemas/session';
import { patchedSession } from '@shared/walkthrough/patched-session';
import { call } from '../api/client';

/** The patient's answers as the screen shows them, kept in step with main's copy. */
export function useAnswers(initialSession: PatientSession, onError: (failure: unknown) => void) {
  const [session, setSession] = useState(initialSession);

  // The answer shows at once (a ticked box stays ticked); main's copy then replaces it, or the change is undone
  // and the error shown when main refuses it.
  const update = async (patch: SessionPatch): Promise<boolean> => {
    const before = session;
    setSession((current) => patchedSession(current, patch));
    try {
      setSession(await call('updateSession', patch));
      onError(null);
      return true;
    } catch (failure) {
      setSession(before);
      onError(failure);
      return false;
    }
  };

  return { session, setSession, update };
}
