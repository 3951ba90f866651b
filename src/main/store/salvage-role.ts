import { ClinicSettingsSchema, type ClinicSettings } from '../../shared/schemas/clinic-settings';
import type { StoreNotice } from '../../shared/schemas/store-notice';
import { PinStateSchema, type PinState } from '../clinician/pin-lock';
import { isRecord } from './versioned-document';

export interface SalvagedRole {
  /** How the computer is used, where the old file still says so validly; otherwise unknown. */
  mode: ClinicSettings['mode'] | null;
  clinician: PinState | null;
  salvaged: StoreNotice['salvaged'];
}

const own = (record: unknown, key: string): unknown => (isRecord(record) && Object.hasOwn(record, key) ? record[key] : undefined);

/**
 * What the computer is, read from a clinic file that had to be set aside (a newer release's, one that breaks the
 * schema elsewhere): its mode and the staff PIN, each kept only where it passes today's schema.
 */
export function salvageRole(unusable: unknown): SalvagedRole {
  const mode = ClinicSettingsSchema.shape.mode.safeParse(own(own(unusable, 'settings'), 'mode'));
  const clinician = PinStateSchema.safeParse(own(unusable, 'clinician'));
  return {
    mode: mode.success ? mode.data : null,
    clinician: clinician.success ? clinician.data : null,
    salvaged: [...(mode.success ? (['mode'] as const) : []), ...(clinician.data?.pin ? (['pin'] as const) : [])],
  };
}
