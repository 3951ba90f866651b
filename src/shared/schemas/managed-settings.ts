import { z } from 'zod';
import { PinHashSchema } from '@shared/clinician/clinician-pin';
import { ClinicSettingsSchema } from './clinic-settings';
import { FileProblemSchema } from './file-results';

export const MANAGED_SETTINGS_KIND = 'gene-therapy-companion.managed-settings';

/** The names of the settings an organization may fix. */
export const MANAGEABLE_SETTINGS = ['mode', 'kioskIdleMinutes', 'printer', 'paperSize'] as const;
export type ManageableSetting = (typeof MANAGEABLE_SETTINGS)[number];

/**
 * Settings an organization fixes for every machine it runs (a fleet of kiosks): read from a machine-wide file
 * next to the managed pack, they win over what staff set on the machine. Only the settings named are fixed.
 * `clinicianPin` is the hash of the staff PIN (made by `npm run pin-hash`): it wins over a PIN set on the machine.
 */
export const ManagedSettingsSchema = z
  .object({
    kind: z.literal(MANAGED_SETTINGS_KIND),
    formatVersion: z.literal(1),
    settings: ClinicSettingsSchema.pick({
      mode: true,
      kioskIdleMinutes: true,
      printer: true,
      paperSize: true,
    } satisfies Record<ManageableSetting, true>)
      .partial()
      .strict(),
    clinicianPin: PinHashSchema.optional(),
  })
  .strict();
export type ManagedSettings = z.infer<typeof ManagedSettingsSchema>;

/**
 * Told to staff at start when the organization's settings file is there but could not be used (not JSON, not valid,
 * too large, not a readable file): where it is and what is wrong. None of it applies, and the computer's role is
 * unknown until IT fixes the file and the app starts again.
 */
export const ManagedSettingsRefusalSchema = z
  .object({ path: z.string(), problems: z.array(FileProblemSchema) })
  .strict();
export type ManagedSettingsRefusal = z.infer<typeof ManagedSettingsRefusalSchema>;
