import type { ComputerRole, AppMode } from '@shared/schemas/computer-role';
import type { ClinicConfigStore } from './store/clinic-config';
import type { LoadedManagedSettings } from './store/managed-settings';

/**
 * The organization's fixed mode decides; else the clinic file's, unless it was lost and staff have not confirmed it.
 * An organization's settings file that could not be used leaves the role unknown whatever the clinic file says: it
 * may have fixed "kiosk", and the clinic file's "home" would keep one patient's answers for the next.
 */
export function computerRole(
  managed: LoadedManagedSettings,
  clinic: ClinicConfigStore,
): ComputerRole {
  if (managed.state === 'refused') return 'needs-attention';
  if (managed.settings.mode) return managed.settings.mode;
  return clinic.needsAttention() ? 'needs-attention' : clinic.settings().mode;
}

/** A computer whose role is not known runs as a kiosk does: nothing of a patient kept, the window locked down. */
export function runMode(role: ComputerRole): AppMode {
  return role === 'home' ? 'home' : 'kiosk';
}
