import { z } from 'zod';

/** The kind of gene therapy a protocol prepares for; it decides which health questions, lesson parts and signs apply. */
export const TherapyFamilySchema = z.enum([
  'aav-intravenous',
  'car-t',
  'ex-vivo-stem-cell',
  'subretinal',
  'other-local',
]);
export type TherapyFamily = z.infer<typeof TherapyFamilySchema>;
