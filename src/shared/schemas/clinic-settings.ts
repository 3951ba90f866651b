import { z } from 'zod';
import { LanguageSchema } from '../languages';

/** Settings a clinic controls for every patient on this machine. */
export const ClinicSettingsSchema = z
  .object({
    defaultLanguage: LanguageSchema,
  })
  .strict();
export type ClinicSettings = z.infer<typeof ClinicSettingsSchema>;
