import { z } from 'zod';
import { LanguageSchema } from './language';
import { AppModeSchema } from './computer-role';
import { LocalizedTextSchema } from './localized-text';
import { PaperSchema } from './paper';
import { chars } from './limits';
import { singleLineText } from './plain-text';

const Line = singleLineText()
  .trim()
  .max(...chars(200));

/** Settings a clinic controls for every patient on this machine; they appear on every handout. */
export const ClinicSettingsSchema = z
  .object({
    clinicName: Line,
    phoneOfficeHours: Line,
    phoneAfterHours: Line,
    /** What to do in an emergency, in the patient's language; null means the app's general wording. */
    emergencyInstruction: LocalizedTextSchema.nullable(),
    /** The crisis line for someone who feels very low or thinks of hurting themselves; empty means the US 988 line. */
    crisisLine: Line,
    address: singleLineText()
      .trim()
      .max(...chars(500)),
    defaultLanguage: LanguageSchema,
    paperSize: PaperSchema,
    /** "kiosk": a shared clinic computer that keeps nothing of a patient; "home": a patient's own computer. */
    mode: AppModeSchema,
    /** The system name of the printer a kiosk prints to without asking; empty means the system's default printer. */
    printer: singleLineText()
      .trim()
      .max(...chars(300)),
    /** In a kiosk, minutes without a touch or key before the "are you still there?" warning. */
    kioskIdleMinutes: z.number().int().min(1).max(60),
  })
  .strict();
export type ClinicSettings = z.infer<typeof ClinicSettingsSchema>;

/**
 * Printed on every handout and wallet card, so staff cannot save settings without them. A clinic file may still
 * hold them empty (the first start writes empty strings): loading never requires them, saving does.
 */
export const REQUIRED_CLINIC_SETTINGS = [
  'clinicName',
  'phoneOfficeHours',
  'phoneAfterHours',
] as const;
export type RequiredClinicSetting = (typeof REQUIRED_CLINIC_SETTINGS)[number];

export function missingClinicSettings(settings: ClinicSettings): RequiredClinicSetting[] {
  return REQUIRED_CLINIC_SETTINGS.filter((name) => settings[name].trim() === '');
}

export const DEFAULT_CLINIC_SETTINGS: ClinicSettings = {
  clinicName: '',
  phoneOfficeHours: '',
  phoneAfterHours: '',
  emergencyInstruction: null,
  crisisLine: '',
  address: '',
  defaultLanguage: 'en',
  paperSize: 'letter',
  mode: 'home',
  printer: '',
  kioskIdleMinutes: 3,
};

/** How long the "are you still there?" warning waits for an answer before the kiosk forgets the patient. */
export const KIOSK_WARNING_SECONDS = 30;
