import { z } from 'zod';

/**
 * How fast a warning sign needs help, most urgent first: call emergency services or go to the emergency room
 * now; call the care team now, day or night; call the care team within a day. Their words are decided once, in
 * `checklist:signLevels` of each locale.
 */
export const SIGN_LEVELS = ['emergency', 'call-team-now', 'call-within-a-day'] as const;
export const SignLevelSchema = z.enum(SIGN_LEVELS);
export type SignLevel = z.infer<typeof SignLevelSchema>;
