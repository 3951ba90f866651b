/**
 * The walkthrough's steps, in order; the session remembers the one the patient is on, so the app reopens there. A
 * plain list, so the first screen needs no zod; the session's schema builds `WalkthroughStepSchema` from it.
 */
export const WALKTHROUGH_STEPS = [
  'welcome',
  'learn',
  'checklist',
  'health',
  'questions',
  'feelings',
  'check',
  'review',
  'handout',
] as const;
export type WalkthroughStep = (typeof WALKTHROUGH_STEPS)[number];
