import type { Protocol } from '../../shared/protocol/protocol';
import type { ClinicConfigStore } from '../store/clinic-config';

/**
 * Every protocol the clinic has: the shipped examples, with the clinic's own versions winning by id, in the
 * clinic's order. Patients are offered only those not retired.
 */
export interface ProtocolCatalog {
  all(): Protocol[];
  offered(): Protocol[];
  get(id: string): Protocol | undefined;
  isRetired(id: string): boolean;
}

export function protocolCatalog(examples: readonly Protocol[], clinic: ClinicConfigStore): ProtocolCatalog {
  const all = () => {
    const { protocols: own, order } = clinic.current();
    const ownIds = new Set(own.map((p) => p.id));
    const merged = [...examples.filter((p) => !ownIds.has(p.id)), ...own];
    const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
    return merged.map((protocol, index) => ({ protocol, index })).sort((a, b) => rank(a.protocol.id) - rank(b.protocol.id) || a.index - b.index).map((entry) => entry.protocol);
  };
  const isRetired = (id: string) => clinic.current().retired.includes(id);
  return {
    all,
    offered: () => all().filter((p) => !isRetired(p.id)),
    get: (id) => all().find((p) => p.id === id),
    isRetired,
  };
}
