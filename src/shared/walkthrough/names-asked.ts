import type { PatientSession, Role } from '@shared/schemas/session';

/** Someone filling in for the patient gives their own name, for "prepared by … for …" on the handout. */
export function asksHelperName(role: Role | null): boolean {
  return role !== null && role !== 'patient';
}

/** A legal representative is asked only for their own name: the patient may not want theirs on a shared machine. */
export function asksPatientName(role: Role | null): boolean {
  return role !== 'representative';
}

/** Whether every name the welcome step asks for has been given, so the handout can say who it is for. */
export function hasNamesForHandout({
  role,
  firstName,
  helperName,
}: Pick<PatientSession, 'role' | 'firstName' | 'helperName'>): boolean {
  return (
    (!asksHelperName(role) || helperName !== '') && (!asksPatientName(role) || firstName !== '')
  );
}
