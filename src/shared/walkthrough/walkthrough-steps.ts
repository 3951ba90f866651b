import { z } from 'zod';

/** The walkthrough's steps, in order; the session remembers the one the patient is on, so the app reopens there. */
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
export const WalkthroughStepSchema = z.enum(WALKTHROUGH_STEPS);
export type WalkthroughStep = z.infer<typeof WalkthroughStepSchema>;
