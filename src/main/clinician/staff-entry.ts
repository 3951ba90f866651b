import type { AppMode } from '@shared/schemas/computer-role';
import type { PinLock } from './pin-lock';

/**
 * Only someone at a home computer may choose the first clinician PIN. On a shared kiosk the first person to
 * press "Clinic staff" could be a patient, so a kiosk takes its PIN from the organization (managed-settings.json)
 * or keeps the one set before it became a kiosk; without one, staff mode stays shut.
 */
export function mayChooseFirstPin(mode: AppMode): boolean {
  return mode === 'home';
}

/** Whether the patient's screens offer the way into staff mode: only where it could open. */
export function staffModeOffered(mode: AppMode, pins: Pick<PinLock, 'isSet'>): boolean {
  return pins.isSet() || mayChooseFirstPin(mode);
}
