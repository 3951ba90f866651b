import type { Protocol } from '../../shared/protocol/protocol';
import type { ClinicConfigStore } from '../store/clinic-config';

/**
 * Every protocol the clinic has: the shipped examples, the clinic's own versions winning over them, and an
 * organization's managed pack winning over both; in the clinic's order. Patients are offered only those not
 * retired.
 */
export interface ProtocolCatalog {
  all(): Protocol[];
  offered(): Protocol[];
  get(id: string): Protocol | undefined;
  isRetired(id: string): boolean;
  /** Managed protocols are read-only here. */
  isManaged(id: string): boolean;
}

export function protocolCatalog(examples: readonly Protocol[], clinic: ClinicConfigStore, managed: readonly Protocol[] = []): ProtocolCatalog {
  const managedIds = new Set(managed.map((p) => p.id));
  const all = () => {
    const { protocols: own, order } = clinic.current();
    const ownIds = new Set(own.map((p) => p.id));
    const layered = [...examples.filter((p) => !ownIds.has(p.id)), ...own];
    const merged = [...layered.filter((p) => !managedIds.has(p.id)), ...managed];
    const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
    return merged.map((protocol, index) => ({ protocol, index })).sort((a, b) => rank(a.protocol.id) - rank(b.protocol.id) || a.index - b.index).map((entry) => entry.protocol);
  };
  // A managed protocol is offered whatever local retirements say: the organization decides.
  const isRetired = (id: string) => !managedIds.has(id) && clinic.current().retired.includes(id);
  return {
    all,
    offered: () => all().filter((p) => !isRetired(p.id)),
    get: (id) => all().find((p) => p.id === id),
    isRetired,
    isManaged: (id) => managedIds.has(id),
  };
}
