import { z } from 'zod';

/**
 * Who may make a call, declared with each call in the contract and enforced by main's dispatcher (never by the
 * handler remembering to):
 * - "patient": the app's own page, whoever is at the screen; the walkthrough's calls;
 * - "staff-entry": the app's own page too: the calls that show, open and close staff mode (its status, the PIN);
 *   what each allows without a staff session its handler decides, as a first PIN only on a home computer;
 * - "clinician": only while a staff session is open (the PIN was entered and has not timed out).
 */
export const CallerSchema = z.enum(['patient', 'staff-entry', 'clinician']);
export type Caller = z.infer<typeof CallerSchema>;

/** One call of the contract: what the page sends, what it gets back, and who may make it. */
export interface CallDeclaration {
  input: z.ZodType;
  output: z.ZodType;
  caller: Caller;
}
