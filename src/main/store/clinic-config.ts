import { z } from 'zod';
import {
  ClinicSettingsSchema,
  DEFAULT_CLINIC_SETTINGS,
  type ClinicSettings,
} from '@shared/schemas/clinic-settings';
import { ProtocolSchema, type Protocol } from '@shared/protocol/protocol';
import { IdSchema } from '@shared/schemas/id';
import { entries, LIMITS } from '@shared/schemas/limits';
import { StoreNoticeSchema, type StoreNotice } from '@shared/schemas/store-notice';
import { ApiError } from '../ipc/api-error';
import { NO_PIN, PinStateSchema } from '../clinician/pin-lock';
import { CLINIC_UPGRADES } from './clinic-upgrades';
import type { JsonDocument } from './json-document';
import { salvageRole } from './salvage-role';
import { openVersionedDocument, type VersionedFormat } from './versioned-document';

/**
 * The clinic's configuration file: settings and the protocols the clinic wrote or edited (the shipped
 * examples stay in resources/). Never holds anything about a patient, so a kiosk can keep it while every
 * patient session is forgotten.
 */
const UniqueIds = z
  .array(IdSchema)
  .max(...entries(LIMITS.protocols))
  .refine((ids) => new Set(ids).size === ids.length, { message: 'an id is listed twice' });

/** A saved version of a protocol, kept so the editor can show what changed. */
export const ProtocolVersionSchema = z
  .object({
    savedAt: z.iso.datetime(),
    contentHash: z.string().regex(/^[0-9a-f]{64}$/),
    protocol: ProtocolSchema,
  })
  .strict();
export type ProtocolVersion = z.infer<typeof ProtocolVersionSchema>;

/** The clinic file's format: 6 since every timing says which kind it is (clinic-upgrades.ts has each step). */
export const CLINIC_FORMAT = 6;

export const ClinicConfigSchema = z
  .object({
    formatVersion: z.literal(CLINIC_FORMAT),
    settings: ClinicSettingsSchema,
    clinician: PinStateSchema,
    protocols: z
      .array(ProtocolSchema)
      .max(...entries(LIMITS.protocols))
      .refine((list) => new Set(list.map((p) => p.id)).size === list.length, {
        message: 'two protocols have the same id',
      }),
    /** Ids in the order patients see them; protocols not listed follow, examples first. */
    order: UniqueIds,
    /** Ids no longer offered to patients (examples included); kept, and can be restored. */
    retired: UniqueIds,
    /** Every saved version of each protocol, oldest first. */
    history: z.record(IdSchema, z.array(ProtocolVersionSchema)),
    /**
     * Why this computer's role is unknown: the file had to be set aside and how the computer is used could not be
     * read from it. Until staff save the clinic settings (null again), the app keeps nothing and asks for staff.
     */
    attention: StoreNoticeSchema.nullable(),
  })
  .strict();
export type ClinicConfig = z.infer<typeof ClinicConfigSchema>;

/** The clinic file's format; a first start gets `settings` (the paper follows the computer's region). */
export function clinicFormat(
  settings: ClinicSettings = DEFAULT_CLINIC_SETTINGS,
): VersionedFormat<ClinicConfig> {
  const initial = (): ClinicConfig => ({
    formatVersion: CLINIC_FORMAT,
    settings,
    clinician: NO_PIN,
    protocols: [],
    order: [],
    retired: [],
    history: {},
    attention: null,
  });
  return {
    store: 'clinic',
    schema: ClinicConfigSchema,
    currentVersion: CLINIC_FORMAT,
    upgrades: CLINIC_UPGRADES,
    initial,
    // What the computer is survives its file being set aside; where it cannot be read, it runs locked down as a
    // kiosk would and waits for staff, never as a home computer that saves.
    recover(unusable, notice) {
      const { mode, contact, clinician, salvaged } = salvageRole(unusable);
      const fresh = initial();
      const value = {
        ...fresh,
        settings: { ...fresh.settings, ...contact, mode: mode ?? 'kiosk' },
        clinician: clinician ?? NO_PIN,
        attention: mode ? null : { ...notice, salvaged },
      };
      return { value, salvaged };
    },
  };
}

export interface ClinicConfigStore {
  readonly notice: StoreNotice | null;
  /** Whether staff must confirm how this computer is used, or the file cannot be kept: then nothing is saved. */
  needsAttention(): boolean;
  current(): ClinicConfig;
  settings(): ClinicSettings;
  /** The clinic's own protocols, including its edited copies of examples. */
  protocols(): readonly Protocol[];
  /** Validates the changed configuration and writes it; nothing is written when it is invalid. */
  update(change: (current: ClinicConfig) => ClinicConfig): ClinicConfig;
}

export function openClinicConfig(
  doc: JsonDocument,
  firstSettings: ClinicSettings = DEFAULT_CLINIC_SETTINGS,
): ClinicConfigStore {
  const opened = openVersionedDocument(doc, clinicFormat(firstSettings));
  const memoryOnly = opened.notice?.memoryOnly ?? false;
  let value = opened.value;
  return {
    notice: opened.notice,
    needsAttention: () => memoryOnly || value.attention !== null,
    current: () => value,
    settings: () => value.settings,
    protocols: () => value.protocols,
    update(change) {
      // Writing would replace the file that could not be moved aside: it stays as it is until someone fixes it.
      if (memoryOnly)
        throw new ApiError(
          'failed',
          `The clinic settings cannot be saved until ${doc.path} can be replaced.`,
        );
      const next = ClinicConfigSchema.parse(change(value));
      doc.write(next);
      value = next;
      return next;
    },
  };
}
