import { protocolWithTimingKinds } from '../../shared/protocol/timing-kinds-upgrade';
import { isRecord, type UpgradeStep } from './versioned-document';

/**
 * Clinic format 6: every timing says which kind it is, in the clinic's protocols and in each saved version of
 * them. A version keeps the content hash it was saved with: that is the record of what staff saved then.
 */
export const clinicWithTimingKinds: UpgradeStep = (v5) => ({
  ...v5,
  protocols: Array.isArray(v5.protocols) ? v5.protocols.map(protocolWithTimingKinds) : v5.protocols,
  history: isRecord(v5.history)
    ? Object.fromEntries(
        Object.entries(v5.history).map(([id, versions]) => [id, Array.isArray(versions) ? versions.map((v: unknown) => (isRecord(v) ? { ...v, protocol: protocolWithTimingKinds(v.protocol) } : v)) : versions]),
      )
    : v5.history,
});
