import type { Protocol } from '@shared/protocol/protocol';
import type { PatientSession } from '@shared/schemas/session';
import type { ProtocolCatalog } from './protocol-catalog';

/** The protocol a patient works with: the one in the plan their team gave them, else the clinic's. */
export function protocolForSession(
  catalog: ProtocolCatalog,
  session: PatientSession | null,
  id: string,
): Protocol | undefined {
  const planned = session?.plan?.protocol;
  return planned && planned.id === id ? planned : catalog.get(id);
}
