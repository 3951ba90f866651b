import type { Protocol } from '../../shared/protocol/protocol';
import { protocolChanges, type ProtocolChange } from '../../shared/protocol/protocol-changes';
import { ownValue } from '../../shared/own-value';
import { ApiError } from '../ipc/api-error';
import type { ProtocolCatalog } from '../checklist/protocol-catalog';
import type { ClinicConfig, ClinicConfigStore, ProtocolVersion } from '../store/clinic-config';
import { contentHash } from '../checklist/content-hash';

export interface SavedProtocol {
  version: number;
  contentHash: string;
  /** False when the draft was the same as the current version: nothing was written. */
  changed: boolean;
}

/**
 * The clinic's edits to its protocols. Saving bumps the version and records the content hash, keeping every
 * saved version (and, for an example, the shipped one it started from) so changes can be shown.
 */
export function protocolEditor(clinic: ClinicConfigStore, catalog: ProtocolCatalog, now: () => Date) {
  const editable = (id: string) => {
    if (catalog.isManaged(id)) throw new ApiError('forbidden', `Protocol "${id}" is managed by your organization and cannot be changed here.`);
  };
  const existing = (id: string): Protocol => {
    const protocol = catalog.get(id);
    if (!protocol) throw new ApiError('not-found', `There is no protocol "${id}".`);
    return protocol;
  };
  const versionOf = (protocol: Protocol, savedAt: string): ProtocolVersion => ({ savedAt, contentHash: contentHash(protocol), protocol });
  const withProtocol = (config: ClinicConfig, protocol: Protocol, history: ProtocolVersion[]): ClinicConfig => ({
    ...config,
    protocols: [...config.protocols.filter((p) => p.id !== protocol.id), protocol],
    history: { ...config.history, [protocol.id]: history },
  });

  const versions = (id: string): ProtocolVersion[] => {
    const saved = ownValue(clinic.current().history, id) ?? [];
    const current = existing(id);
    // A protocol never saved here (a shipped example) has its shipped version as its only version.
    return saved.length > 0 ? saved : [versionOf(current, '1970-01-01T00:00:00.000Z')];
  };

  return {
    versions,

    save(draft: Protocol): SavedProtocol {
      editable(draft.id);
      const current = catalog.get(draft.id);
      const hash = contentHash(draft);
      if (current && contentHash(current) === hash) return { version: current.version, contentHash: hash, changed: false };
      const saved: Protocol = { ...draft, version: (current?.version ?? 0) + 1 };
      const savedAt = now().toISOString();
      const history = current ? versions(current.id) : [];
      clinic.update((config) => withProtocol(config, saved, [...history, versionOf(saved, savedAt)]));
      return { version: saved.version, contentHash: hash, changed: true };
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
      if (catalog.get(newId)) throw new ApiError('bad-request', `A protocol "${newId}" already exists.`);
      const copy: Protocol = { ...existing(id), id: newId, version: 1, isExample: false };
      clinic.update((config) => withProtocol(config, copy, [versionOf(copy, now().toISOString())]));
      return copy;
    },

    setRetired(id: string, retired: boolean): void {
      existing(id);
      editable(id);
      clinic.update((config) => ({ ...config, retired: retired ? [...new Set([...config.retired, id])] : config.retired.filter((r) => r !== id) }));
    },

    reorder(ids: readonly string[]): void {
      const known = new Set(catalog.all().map((p) => p.id));
      const unknown = ids.filter((id) => !known.has(id));
      if (unknown.length > 0) throw new ApiError('not-found', `Unknown protocols: ${unknown.join(', ')}`);
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
