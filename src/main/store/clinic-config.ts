import { z } from 'zod';
import { ClinicSettingsSchema, type ClinicSettings } from '../../shared/schemas/clinic-settings';
import { ProtocolSchema, type Protocol } from '../../shared/schemas/protocol';
import type { StoreNotice } from '../../shared/schemas/store-notice';
import type { JsonDocument } from './json-document';
import { openVersionedDocument, type VersionedFormat } from './versioned-document';

/**
 * The clinic's configuration file: settings and protocols. Never holds anything about a patient, so a kiosk
 * can keep it while every patient session is forgotten.
 */
export const ClinicConfigSchema = z
  .object({
    formatVersion: z.literal(1),
    settings: ClinicSettingsSchema,
    protocols: z.array(ProtocolSchema).refine((list) => new Set(list.map((p) => p.id)).size === list.length, {
      message: 'two protocols have the same id',
    }),
  })
  .strict();
export type ClinicConfig = z.infer<typeof ClinicConfigSchema>;

export function clinicConfigFormat(examples: readonly Protocol[]): VersionedFormat<ClinicConfig> {
  return {
    store: 'clinic',
    schema: ClinicConfigSchema,
    currentVersion: 1,
    // Format 1 is the first release; each later format adds its step here, with a test.
    upgrades: {},
    initial: () => ({ formatVersion: 1, settings: { defaultLanguage: 'en' }, protocols: [...examples] }),
  };
}

export interface ClinicConfigStore {
  readonly notice: StoreNotice | null;
  settings(): ClinicSettings;
  protocols(): readonly Protocol[];
  protocol(id: string): Protocol | undefined;
}

/** Opens the clinic file; on a first start it is seeded with the shipped example protocols. */
export function openClinicConfig(doc: JsonDocument, examples: readonly Protocol[]): ClinicConfigStore {
  const { value, notice } = openVersionedDocument(doc, clinicConfigFormat(examples));
  return {
    notice,
    settings: () => value.settings,
    protocols: () => value.protocols,
    protocol: (id) => value.protocols.find((p) => p.id === id),
  };
}
