import type { PinHash } from '@shared/clinician/clinician-pin';
import { DEFAULT_CLINIC_SETTINGS, type ClinicSettings } from '@shared/schemas/clinic-settings';

/** A clinic store file in the current format with these settings (and this staff PIN) and nothing else, as a test's starting point. */
export function clinicFile(settings: Partial<ClinicSettings>, pin: PinHash | null = null): string {
  return JSON.stringify({
    formatVersion: 6,
    settings: { ...DEFAULT_CLINIC_SETTINGS, ...settings },
    clinician: { pin, failedAttempts: 0, lockedUntil: null },
    protocols: [],
    order: [],
    retired: [],
    history: {},
    attention: null,
  });
}
