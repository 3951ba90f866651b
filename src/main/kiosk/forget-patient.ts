import type { SessionEndNotice } from '@shared/schemas/session-end';

/** One thing forgetting a patient clears; named for the log, never with anything of the patient. */
export interface ForgetStep {
  name: string;
  run(): void | Promise<void>;
}

export interface PatientForgettingDeps {
  steps: readonly ForgetStep[];
  /** Reloads the page from main. The page cannot reload itself: the navigation guards cancel it, as in Electron. */
  reloadPage(): void;
  log: (message: string, error: unknown) => void;
}

/**
 * Forgets the patient: every step runs even when one before it fails, so one broken step never leaves the rest of
 * the patient behind. Ending a session (the kiosk's idle time, "I'm finished", a printed handout; at home "delete my
 * information") is forgetting the patient and starting over: main then reloads the page whatever happened, so
 * nothing of the patient stays in its memory. What the next start screen should say (a handout printing, or that
 * staff are needed because a step failed) is kept for the page that loads next, once.
 */
export function patientForgetting(deps: PatientForgettingDeps) {
  let notice: SessionEndNotice | null = null;

  /** Runs every step; true when all of them worked. */
  const forgetPatient = async (): Promise<boolean> => {
    let complete = true;
    for (const step of deps.steps) {
      try {
        await step.run();
      } catch (error) {
        complete = false;
        deps.log(`forgetting the patient: ${step.name} failed`, error);
      }
    }
    return complete;
  };

  return {
    forgetPatient,

    /** Forgets the patient, then reloads the page on the start screen. */
    async forgetPatientAndStartOver(after: 'printed' | null): Promise<void> {
      const complete = await forgetPatient();
      notice = complete ? after : 'incomplete';
      deps.reloadPage();
    },

    /** What the page that loads after an ending should say; told once. */
    takeNotice(): SessionEndNotice | null {
      const told = notice;
      notice = null;
      return told;
    },
  };
}
export type PatientForgetting = ReturnType<typeof patientForgetting>;
