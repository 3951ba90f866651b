import { isRecord, type UpgradeStep } from './versioned-document';

type ProtocolUpgrade = (protocol: unknown) => unknown;

/**
 * A clinic format step that changes the protocols' shape: the clinic's protocols and each saved version of them
 * (the editor compares them) are upgraded alike. A version keeps the content hash it was saved with: that is the
 * record of what staff saved then.
 */
export const clinicWithProtocols =
  (upgrade: ProtocolUpgrade): UpgradeStep =>
  (previous) => ({
    ...previous,
    protocols: Array.isArray(previous.protocols)
      ? previous.protocols.map(upgrade)
      : previous.protocols,
    history: isRecord(previous.history)
      ? Object.fromEntries(
          Object.entries(previous.history).map(([id, versions]) => [
            id,
            Array.isArray(versions)
              ? versions.map((version: unknown) =>
                  isRecord(version) ? { ...version, protocol: upgrade(version.protocol) } : version,
                )
              : versions,
          ]),
        )
      : previous.history,
  });
