import { z } from 'zod';
import { ClinicSettingsSchema, DEFAULT_CLINIC_SETTINGS, type ClinicSettings } from '../../shared/schemas/clinic-settings';
import { ProtocolSchema, type Protocol } from '../../shared/protocol/protocol';
import { IdSchema } from '../../shared/schemas/id';
import { entries, LIMITS } from '../../shared/schemas/limits';
import type { StoreNotice } from '../../shared/schemas/store-notice';
import { NO_PIN, PinStateSchema } from '../clinician/pin-lock';
import { CLINIC_UPGRADES } from './clinic-upgrades';
import type { JsonDocument } from './json-document';
import { openVersionedDocument, type VersionedFormat } from './versioned-document';

/**
 * The clinic's configuration file: settings and the protocols the clinic wrote or edited (the shipped
 * examples stay in resources/). Never holds anything about a patient, so a kiosk can keep it while every
 * patient session is forgotten.
 */
const UniqueIds = z.array(IdSchema).max(...entries(LIMITS.protocols)).refine((ids) => new Set(ids).size === ids.length, { message: 'an id is listed twice' });

/** A saved version of a protocol, kept so the editor can show what changed. */
export const ProtocolVersionSchema = z
  .object({ savedAt: z.iso.datetime(), contentHash: z.string().regex(/^[0-9a-f]{64}$/), protocol: ProtocolSchema })
  .strict();
export type ProtocolVersion = z.infer<typeof ProtocolVersionSchema>;

export const ClinicConfigSchema = z
  .object({
    formatVersion: z.literal(4),
    settings: ClinicSettingsSchema,
    clinician: PinStateSchema,
    protocols: z.array(ProtocolSchema).max(...entries(LIMITS.protocols)).refine((list) => new Set(list.map((p) => p.id)).size === list.length, {
      message: 'two protocols have the same id',
    }),
    /** Ids in the order patients see them; protocols not listed follow, examples first. */
    order: UniqueIds,
    /** Ids no longer offered to patients (examples included); kept, and can be restored. */
    retired: UniqueIds,
    /** Every saved version of each protocol, oldest first. */
    history: z.record(IdSchema, z.array(ProtocolVersionSchema)),
  })
  .strict();
export type ClinicConfig = z.infer<typeof ClinicConfigSchema>;

/** The clinic file's format; a first start gets `settings` (the paper follows the computer's region). */
export function clinicFormat(settings: ClinicSettings = DEFAULT_CLINIC_SETTINGS): VersionedFormat<ClinicConfig> {
  return {
    store: 'clinic',
    schema: ClinicConfigSchema,
    currentVersion: 4,
    upgrades: CLINIC_UPGRADES,
    initial: () => ({ formatVersion: 4, settings, clinician: NO_PIN, protocols: [], order: [], retired: [], history: {} }),
  };
}

export interface ClinicConfigStore {
  readonly notice: StoreNotice | null;
  current(): ClinicConfig;
  settings(): ClinicSettings;
  /** The clinic's own protocols, including its edited copies of examples. */
  protocols(): readonly Protocol[];
  /** Validates the changed configuration and writes it; nothing is written when it is invalid. */
  update(change: (current: ClinicConfig) => ClinicConfig): ClinicConfig;
}

export function openClinicConfig(doc: JsonDocument, firstSettings: ClinicSettings = DEFAULT_CLINIC_SETTINGS): ClinicConfigStore {
  const opened = openVersionedDocument(doc, clinicFormat(firstSettings));
  let value = opened.value;
  return {
    notice: opened.notice,
    current: () => value,
    settings: () => value.settings,
    protocols: () => value.protocols,
    update(change) {
      const next = ClinicConfigSchema.parse(change(value));
      doc.write(next);
      value = next;
      return next;
    },
  };
}
