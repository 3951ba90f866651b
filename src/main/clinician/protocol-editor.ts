import type { Protocol } from '@shared/protocol/protocol';
import { protocolChanges, type ProtocolChange } from '@shared/protocol/protocol-changes';
import { ownValue } from '@shared/values/own-value';
import { ApiError } from '../ipc/api-error';
import type { ProtocolCatalog } from '../protocol/protocol-catalog';
import type { ClinicConfig, ClinicConfigStore, ProtocolVersion } from '../store/clinic-config';
import { contentHash } from '../protocol/content-hash';

export interface SavedProtocol {
  version: number;
  contentHash: string;
  /** False when the draft was the same as the current version: nothing was written. */
  changed: boolean;
}

/** What saving one of several drafts did. */
export interface SaveOutcome extends SavedProtocol {
  id: string;
  /** The version it came after; null for a protocol new here. */
  previousVersion: number | null;
}

/**
 * The clinic's edits to its protocols. Saving bumps the version and records the content hash, keeping every
 * saved version (and, for an example, the shipped one it started from) so changes can be shown.
 */
export function protocolEditor(
  clinic: ClinicConfigStore,
  catalog: ProtocolCatalog,
  now: () => Date,
) {
  const editable = (id: string) => {
    if (catalog.isManaged(id))
      throw new ApiError(
        'forbidden',
        `Protocol "${id}" is managed by your organization and cannot be changed here.`,
      );
  };
  const existing = (id: string): Protocol => {
    const protocol = catalog.get(id);
    if (!protocol) throw new ApiError('not-found', `There is no protocol "${id}".`);
    return protocol;
  };
  const versionOf = (protocol: Protocol, savedAt: string): ProtocolVersion => ({
    savedAt,
    contentHash: contentHash(protocol),
    protocol,
  });
  const withProtocol = (
    config: ClinicConfig,
    protocol: Protocol,
    history: ProtocolVersion[],
  ): ClinicConfig => ({
    ...config,
    // In place: saving a protocol must not move it in the staff's or the patients' list.
    protocols: config.protocols.some((p) => p.id === protocol.id)
      ? config.protocols.map((p) => (p.id === protocol.id ? protocol : p))
      : [...config.protocols, protocol],
    history: { ...config.history, [protocol.id]: history },
  });

  const versions = (id: string): ProtocolVersion[] => {
    const saved = ownValue(clinic.current().history, id) ?? [];
    const current = existing(id);
    // A protocol never saved here (a shipped example) has its shipped version as its only version.
    return saved.length > 0 ? saved : [versionOf(current, '1970-01-01T00:00:00.000Z')];
  };

  /**
   * A draft as the protocol's next version: numbered above the current one (or its own number, where that is
   * higher, as for a protocol from another clinic), recorded in the history with its content hash. A draft
   * with the current content is no new version.
   */
  const nextVersion = (draft: Protocol, savedAt: string) => {
    editable(draft.id);
    const current = catalog.get(draft.id);
    const hash = contentHash(draft);
    const previousVersion = current?.version ?? null;
    if (current && contentHash(current) === hash) {
      return {
        outcome: {
          id: draft.id,
          previousVersion,
          version: current.version,
          contentHash: hash,
          changed: false,
        },
        write: null,
      };
    }
    const saved: Protocol = {
      ...draft,
      version: Math.max(draft.version, (previousVersion ?? 0) + 1),
    };
    const history = [...(current ? versions(current.id) : []), versionOf(saved, savedAt)];
    return {
      outcome: {
        id: draft.id,
        previousVersion,
        version: saved.version,
        contentHash: hash,
        changed: true,
      },
      write: { saved, history },
    };
  };

  /** Saves each draft as its next version, all in one write; if any cannot be saved, none is. */
  const saveAll = (drafts: readonly Protocol[]): SaveOutcome[] => {
    const savedAt = now().toISOString();
    const next = drafts.map((draft) => nextVersion(draft, savedAt));
    const writes = next.flatMap(({ write }) => (write ? [write] : []));
    if (writes.length > 0)
      clinic.update((config) =>
        writes.reduce(
          (changed, { saved, history }) => withProtocol(changed, saved, history),
          config,
        ),
      );
    return next.map(({ outcome }) => outcome);
  };

  return {
    versions,
    saveAll,

    save(draft: Protocol): SavedProtocol {
      const { version, contentHash: hash, changed } = saveAll([draft])[0] as SaveOutcome;
      return { version, contentHash: hash, changed };
    },

    /** A new, nearly empty protocol for the clinic to fill in: one key date to time things against. */
    create(id: string, title: string): Protocol {
      if (catalog.get(id)) throw new ApiError('bad-request', `A protocol "${id}" already exists.`);
      const savedAt = now().toISOString();
      const protocol: Protocol = {
        id,
        version: 1,
        family: 'other-local',
        title: { en: title },
        summary: { en: title },
        isExample: false,
        labelCheckedOn: savedAt.slice(0, 10),
        keyDates: [{ id: 'treatment', label: { en: 'treatment day' } }],
        tests: [],
        medications: [],
        questions: [],
        afterTreatment: { warningSigns: [], contacts: [], lifestyle: [], followUp: [] },
      };
      clinic.update((config) => withProtocol(config, protocol, [versionOf(protocol, savedAt)]));
      return protocol;
    },

    duplicate(id: string, newId: string): Protocol {
      if (catalog.get(newId))
        throw new ApiError('bad-request', `A protocol "${newId}" already exists.`);
      const copy: Protocol = { ...existing(id), id: newId, version: 1, isExample: false };
      clinic.update((config) => withProtocol(config, copy, [versionOf(copy, now().toISOString())]));
      return copy;
    },

    setRetired(id: string, retired: boolean): void {
      existing(id);
      editable(id);
      clinic.update((config) => ({
        ...config,
        retired: retired
          ? [...new Set([...config.retired, id])]
          : config.retired.filter((r) => r !== id),
      }));
    },

    reorder(ids: readonly string[]): void {
      const known = new Set(catalog.all().map((p) => p.id));
      const unknown = ids.filter((id) => !known.has(id));
      if (unknown.length > 0)
        throw new ApiError('not-found', `Unknown protocols: ${unknown.join(', ')}`);
      clinic.update((config) => ({ ...config, order: [...ids] }));
    },

    changes(id: string, fromVersion: number, toVersion: number): ProtocolChange[] {
      const all = versions(id);
      const find = (version: number) => {
        const found = all.find((v) => v.protocol.version === version);
        if (!found) throw new ApiError('not-found', `Protocol "${id}" has no version ${version}.`);
        return found.protocol;
      };
      return protocolChanges(find(fromVersion), find(toVersion));
    },
  };
}
export type ProtocolEditor = ReturnType<typeof protocolEditor>;
