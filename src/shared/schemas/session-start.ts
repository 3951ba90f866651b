import { z } from 'zod';
import {
  missingClinicSettings,
  REQUIRED_CLINIC_SETTINGS,
  type ClinicSettings,
} from './clinic-settings';

/**
 * Whether a patient may start a session on this computer, and the clinic settings still missing. A kiosk without
 * the clinic's name and numbers starts no session: the handout and wallet card a patient takes away would have no
 * one to call. At home a missing number does not stop the patient; the handout says where to find one instead.
 */
export const SessionStartSchema = z
  .object({
    allowed: z.boolean(),
    missingSettings: z.array(z.enum(REQUIRED_CLINIC_SETTINGS)),
  })
  .strict();
export type SessionStart = z.infer<typeof SessionStartSchema>;

/** Decided from the mode the app started in, which a change of settings does not alter until the next start. */
export function sessionStart(mode: ClinicSettings['mode'], settings: ClinicSettings): SessionStart {
  const missingSettings = missingClinicSettings(settings);
  return { allowed: mode === 'home' || missingSettings.length === 0, missingSettings };
}
