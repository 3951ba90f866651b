import type { PinHash } from '@shared/clinician/clinician-pin';
import { MANAGED_SETTINGS_KIND, type ManagedSettings } from '@shared/schemas/managed-settings';

/** The organization's managed-settings.json fixing these settings, and its staff PIN hash when given. */
export function managedSettingsFile(
  settings: ManagedSettings['settings'],
  clinicianPin?: PinHash,
): string {
  return JSON.stringify({
    kind: MANAGED_SETTINGS_KIND,
    formatVersion: 1,
    settings,
    ...(clinicianPin ? { clinicianPin } : {}),
  });
}
