import { useState } from 'react';
import type { ProtocolSummary } from '@shared/contract/api-contract';
import type { PatientSession } from '@shared/schemas/session';
import { call } from '../api/client';

/** What the clinic offers patients, its protocols and its crisis line, asked for again after staff may have changed them. */
export function useClinicOffer(
  protocols: readonly ProtocolSummary[],
  initialCrisisLine: string,
  onError: (failure: unknown) => void,
) {
  const [offered, setOffered] = useState(protocols);
  const [crisisLine, setCrisisLine] = useState(initialCrisisLine);
  return {
    crisisLine,
    /** The protocols to choose from: a plan's tailored protocol is offered along with the clinic's, in its place when it shares an id. */
    choices: (session: PatientSession) => {
      const planned = session.plan?.protocol;
      return planned ? [...offered.filter((p) => p.id !== planned.id), planned] : offered;
    },
    refresh: () => {
      call('listProtocols').then(setOffered, onError);
      call('getCrisisLine').then(setCrisisLine, onError);
    },
  };
}
