import type { Protocol } from '@shared/protocol/protocol';
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

/** `base` with each protocol `over` has in its place, then the rest of `over`: a newer version keeps the old one's place. */
function overlay(base: readonly Protocol[], over: readonly Protocol[]): Protocol[] {
  const newer = new Map(over.map((p) => [p.id, p]));
  const baseIds = new Set(base.map((p) => p.id));
  return [...base.map((p) => newer.get(p.id) ?? p), ...over.filter((p) => !baseIds.has(p.id))];
}

export function protocolCatalog(
  examples: readonly Protocol[],
  clinic: ClinicConfigStore,
  managed: readonly Protocol[] = [],
): ProtocolCatalog {
  const managedIds = new Set(managed.map((p) => p.id));
  const all = () => {
    const { protocols: own, order } = clinic.current();
    const merged = overlay(overlay(examples, own), managed);
    const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
    return merged
      .map((protocol, index) => ({ protocol, index }))
      .sort((a, b) => rank(a.protocol.id) - rank(b.protocol.id) || a.index - b.index)
      .map((entry) => entry.protocol);
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
