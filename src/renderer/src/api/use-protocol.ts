import { useEffect, useState } from 'react';
import type { Protocol } from '@shared/protocol/protocol';
import { call } from './client';

/** The protocol of the patient's therapy, fetched from main; an answer for an earlier id is dropped. */
export function useProtocol(protocolId: string): { protocol: Protocol | null; error: unknown } {
  const [state, setState] = useState<{ id: string; protocol: Protocol | null; error: unknown }>({
    id: protocolId,
    protocol: null,
    error: null,
  });
  useEffect(() => {
    let current = true;
    call('getProtocol', { id: protocolId }).then(
      (protocol) => current && setState({ id: protocolId, protocol, error: null }),
      (error: unknown) => current && setState({ id: protocolId, protocol: null, error }),
    );
    return () => {
      current = false;
    };
  }, [protocolId]);
  return state.id === protocolId ? state : { protocol: null, error: null };
}
