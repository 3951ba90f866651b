import { z } from 'zod';
import { LanguageSchema } from '../languages';
import { IdSchema } from './id';

/** What one patient (or their caregiver) has entered. Kept apart from clinic configuration. */
export const PatientSessionSchema = z
  .object({
    language: LanguageSchema,
    firstName: z.string().trim().max(100),
    protocolId: IdSchema.nullable(),
  })
  .strict();
export type PatientSession = z.infer<typeof PatientSessionSchema>;

export const SessionPatchSchema = PatientSessionSchema.partial().strict();
export type SessionPatch = z.infer<typeof SessionPatchSchema>;
