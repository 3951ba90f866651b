import type { ClinicSettings } from '@shared/schemas/clinic-settings';
import type { ComputerRole, AppMode } from '@shared/schemas/computer-role';
import type { ClinicConfigStore } from './store/clinic-config';

/** The organization's fixed mode decides; else the clinic file's, unless it was lost and staff have not confirmed it. */
export function computerRole(
  managedMode: ClinicSettings['mode'] | undefined,
  clinic: ClinicConfigStore,
): ComputerRole {
  if (managedMode) return managedMode;
  return clinic.needsAttention() ? 'needs-attention' : clinic.settings().mode;
}

/** A computer whose role is not known runs as a kiosk does: nothing of a patient kept, the window locked down. */
export function runMode(role: ComputerRole): AppMode {
  return role === 'home' ? 'home' : 'kiosk';
}
