// Types only: the page applies a patch at start without building the session's schemas.
import type { PatientSession, SessionPatch } from '@shared/schemas/session';

/**
 * The session with a patch's answers in place, as main saves it and as the page shows it until main answers: a
 * field the patch leaves out, or gives as undefined, keeps its answer.
 */
export function patchedSession(session: PatientSession, patch: SessionPatch): PatientSession {
  return {
    ...session,
    ...Object.fromEntries(
      Object.entries<unknown>(patch).filter(([, value]) => value !== undefined),
    ),
  };
}
