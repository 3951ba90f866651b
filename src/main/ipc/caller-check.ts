import type { Caller } from '@shared/contract/call-declaration';
import type { ClinicianSession } from '../clinician/clinician-session';

type CallerCheck = (session: Pick<ClinicianSession, 'renew'>) => boolean;
const anyoneAtThePage: CallerCheck = () => true;

/** What each kind of caller the contract declares needs (call-declaration.ts). */
const CALLER_CHECKS: Readonly<Record<Caller, CallerCheck>> = {
  patient: anyoneAtThePage,
  'staff-entry': anyoneAtThePage,
  // Each clinician call let through keeps clinician mode open a while longer.
  clinician: (session) => session.renew(),
};

/** Whether a call declared for `caller` may run now; a caller with no check here is refused (fail closed). */
export function mayCall(caller: string, session: Pick<ClinicianSession, 'renew'>): boolean {
  return Object.hasOwn(CALLER_CHECKS, caller) && CALLER_CHECKS[caller as Caller](session);
}
