import { z } from 'zod';

/**
 * What main tells a kiosk page waiting on its idle deadline: the warning time has come (the page asks "are you
 * still there?" and counts down the seconds left), or the session has ended (the page takes the app off the
 * screen; main forgets the patient and reloads it).
 */
export const IdleNewsSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('warning'), secondsLeft: z.number().int().min(0) }).strict(),
  z.object({ state: z.literal('ended') }).strict(),
]);
export type IdleNews = z.infer<typeof IdleNewsSchema>;
