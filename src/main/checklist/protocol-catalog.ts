import type { Protocol } from '../../shared/protocol/protocol';
import type { ClinicConfigStore } from '../store/clinic-config';

/** Every protocol a patient can be given: the shipped examples, with the clinic's own versions winning by id. */
export interface ProtocolCatalog {
  list(): Protocol[];
  get(id: string): Protocol | undefined;
}

export function protocolCatalog(examples: readonly Protocol[], clinic: ClinicConfigStore): ProtocolCatalog {
  const list = () => {
    const own = clinic.protocols();
    const ownIds = new Set(own.map((p) => p.id));
    return [...examples.filter((p) => !ownIds.has(p.id)), ...own];
  };
  return { list, get: (id) => list().find((p) => p.id === id) };
}
