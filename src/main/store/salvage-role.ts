import { ClinicSettingsSchema, type ClinicSettings } from '@shared/schemas/clinic-settings';
import type { StoreNotice } from '@shared/schemas/store-notice';
import { PinStateSchema, type PinState } from '../clinician/pin-lock';
import { isRecord } from './versioned-document';

export interface SalvagedRole {
  /** How the computer is used, where the old file still says so validly; otherwise unknown. */
  mode: ClinicSettings['mode'] | null;
  /** The clinic's name and numbers that still pass today's schema, so a kiosk can go on starting sessions. */
  contact: Partial<Pick<ClinicSettings, (typeof CONTACT_SETTINGS)[number]>>;
  clinician: PinState | null;
  salvaged: StoreNotice['salvaged'];
}

/** What a kiosk needs before it starts a session (src/shared/schemas/session-start.ts): nothing of a patient. */
const CONTACT_SETTINGS = [
  'clinicName',
  'phoneOfficeHours',
  'phoneAfterHours',
  'address',
  'emergencyInstruction',
  'crisisLine',
] as const;

const own = (record: unknown, key: string): unknown =>
  isRecord(record) && Object.hasOwn(record, key) ? record[key] : undefined;

/**
 * What the computer is, read from a clinic file that had to be set aside (a newer release's, one that breaks the
 * schema elsewhere): its mode, the staff PIN and the clinic's name and numbers, each kept only where it passes
 * today's schema.
 */
export function salvageRole(unusable: unknown): SalvagedRole {
  const settings = own(unusable, 'settings');
  const mode = ClinicSettingsSchema.shape.mode.safeParse(own(settings, 'mode'));
  const clinician = PinStateSchema.safeParse(own(unusable, 'clinician'));
  const contact = Object.fromEntries(
    CONTACT_SETTINGS.flatMap((name) => {
      const value = ClinicSettingsSchema.shape[name].safeParse(own(settings, name));
      // An empty or unset value says nothing worth keeping (today's defaults are the same).
      return value.success && value.data !== '' && value.data !== null ? [[name, value.data]] : [];
    }),
  );
  return {
    mode: mode.success ? mode.data : null,
    contact,
    clinician: clinician.success ? clinician.data : null,
    salvaged: [
      ...(mode.success ? (['mode'] as const) : []),
      ...(clinician.data?.pin ? (['pin'] as const) : []),
      ...(Object.keys(contact).length > 0 ? (['contact'] as const) : []),
    ],
  };
}
