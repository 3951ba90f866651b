import { z } from 'zod';
import { MANAGEABLE_SETTINGS } from '@shared/schemas/managed-settings';
import { ProtocolSchema } from '@shared/protocol/protocol';
import { ProtocolChangeSchema } from '@shared/protocol/protocol-changes';
import { IdSchema } from '@shared/schemas/id';
import { FileProblemSchema, FileSaveResultSchema } from '@shared/schemas/file-results';
import { ProtocolSummarySchema } from '@shared/schemas/protocol-summary';
import { ClinicSettingsSchema } from '@shared/schemas/clinic-settings';
import { singleLineText } from '@shared/schemas/plain-text';
import { CalendarDateSchema, PersonNameSchema } from '@shared/schemas/session';
import type { CallDeclaration } from './call-declaration';

/** The clinician part of the contract: every call but those into and out of staff mode needs a staff session. */
const NoInput = z.undefined();
const Hash = z.string().regex(/^[0-9a-f]{64}$/);

/** The organization's read-only pack, if this machine has one, and whether it could be used. */
export const ManagedPackStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('none'), path: z.string() }).strict(),
  z.object({ state: z.literal('loaded'), path: z.string(), count: z.number().int() }).strict(),
  z
    .object({ state: z.literal('refused'), path: z.string(), problems: z.array(FileProblemSchema) })
    .strict(),
]);
export type ManagedPackStatus = z.infer<typeof ManagedPackStatusSchema>;

export const ClinicianStatusSchema = z
  .object({
    pinSet: z.boolean(),
    /** The PIN comes from the organization (managed-settings.json): it cannot be changed on this computer. */
    pinManaged: z.boolean(),
    unlocked: z.boolean(),
    lockedUntil: z.iso.datetime().nullable(),
    managedPack: ManagedPackStatusSchema,
    /** Settings the organization fixed for this machine; the form shows them locked. */
    managedSettings: z.array(z.enum(MANAGEABLE_SETTINGS)),
    /** The clinic file was set aside without its role: staff confirm how the computer is used by saving the settings. */
    settingsNeedAttention: z.boolean(),
  })
  .strict();
export type ClinicianStatus = z.infer<typeof ClinicianStatusSchema>;

export const UnlockResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('unlocked') }).strict(),
  z.object({ outcome: z.literal('wrong-pin'), attemptsLeft: z.number().int() }).strict(),
  z.object({ outcome: z.literal('locked-out'), until: z.iso.datetime() }).strict(),
  z.object({ outcome: z.literal('no-pin-set') }).strict(),
]);

export const ClinicianProtocolEntrySchema = ProtocolSummarySchema.extend({
  retired: z.boolean(),
  managed: z.boolean(),
  contentHash: Hash,
}).strict();
export type ClinicianProtocolEntry = z.infer<typeof ClinicianProtocolEntrySchema>;

export const ProtocolVersionInfoSchema = z
  .object({ version: z.number().int(), savedAt: z.iso.datetime(), contentHash: Hash })
  .strict();

/** One protocol of an imported pack: the version it was saved as, with its hash, and the one it came after. */
const ImportedProtocolSchema = z
  .object({
    id: IdSchema,
    version: z.number().int(),
    previousVersion: z.number().int().nullable(),
    contentHash: Hash,
    changed: z.boolean(),
  })
  .strict();
const ImportedProtocols = z.array(ImportedProtocolSchema).max(200);

export const PackImportResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('cancelled') }).strict(),
  z
    .object({
      outcome: z.literal('imported'),
      added: ImportedProtocols,
      replaced: ImportedProtocols,
      unchanged: ImportedProtocols,
    })
    .strict(),
  z.object({ outcome: z.literal('refused'), problems: z.array(FileProblemSchema) }).strict(),
]);
export type PackImportResult = z.infer<typeof PackImportResultSchema>;

export const clinicianCalls = {
  clinicianStatus: { input: NoInput, output: ClinicianStatusSchema, caller: 'staff-entry' },
  /**
   * Sets the first PIN (only on a home computer), or changes it while clinician mode is open; never where the
   * organization set the PIN.
   */
  clinicianSetPin: {
    input: z.object({ pin: z.string().max(20) }).strict(),
    output: ClinicianStatusSchema,
    caller: 'staff-entry',
  },
  clinicianUnlock: {
    input: z.object({ pin: z.string().max(20) }).strict(),
    output: UnlockResultSchema,
    caller: 'staff-entry',
  },
  clinicianLock: { input: NoInput, output: ClinicianStatusSchema, caller: 'staff-entry' },
  clinicianProtocols: {
    input: NoInput,
    output: z.array(ClinicianProtocolEntrySchema),
    caller: 'clinician',
  },
  clinicianGetProtocol: {
    input: z.object({ id: IdSchema }).strict(),
    output: ProtocolSchema,
    caller: 'clinician',
  },
  clinicianSaveProtocol: {
    input: z.object({ protocol: ProtocolSchema }).strict(),
    output: z
      .object({ version: z.number().int(), contentHash: Hash, changed: z.boolean() })
      .strict(),
    caller: 'clinician',
  },
  clinicianCreateProtocol: {
    input: z.object({ id: IdSchema, title: singleLineText().trim().min(1).max(200) }).strict(),
    output: ClinicianProtocolEntrySchema,
    caller: 'clinician',
  },
  clinicianDuplicateProtocol: {
    input: z.object({ id: IdSchema, newId: IdSchema }).strict(),
    output: ClinicianProtocolEntrySchema,
    caller: 'clinician',
  },
  clinicianSetRetired: {
    input: z.object({ id: IdSchema, retired: z.boolean() }).strict(),
    output: z.array(ClinicianProtocolEntrySchema),
    caller: 'clinician',
  },
  clinicianReorder: {
    input: z.object({ ids: z.array(IdSchema).max(500) }).strict(),
    output: z.array(ClinicianProtocolEntrySchema),
    caller: 'clinician',
  },
  clinicianVersions: {
    input: z.object({ id: IdSchema }).strict(),
    output: z.array(ProtocolVersionInfoSchema),
    caller: 'clinician',
  },
  clinicianChanges: {
    input: z.object({ id: IdSchema, from: z.number().int(), to: z.number().int() }).strict(),
    output: z.array(ProtocolChangeSchema),
    caller: 'clinician',
  },
  clinicianGetSettings: { input: NoInput, output: ClinicSettingsSchema, caller: 'clinician' },
  clinicianSaveSettings: {
    input: ClinicSettingsSchema,
    output: ClinicSettingsSchema,
    caller: 'clinician',
  },
  /** System names of the printers this computer can print to, for choosing the kiosk's printer. */
  clinicianListPrinters: {
    input: NoInput,
    output: z.array(z.string().max(300)).max(500),
    caller: 'clinician',
  },
  /** Closes the app; the only way out of a kiosk, so it needs clinician mode like every other staff call. */
  clinicianCloseApp: {
    input: NoInput,
    output: z.object({ closing: z.literal(true) }).strict(),
    caller: 'clinician',
  },
  clinicianImportPack: { input: NoInput, output: PackImportResultSchema, caller: 'clinician' },
  /** Saves a patient's plan: the protocol with only the medicine rules the team chose, and the known dates. */
  clinicianExportPlan: {
    input: z
      .object({
        protocolId: IdSchema,
        firstName: PersonNameSchema,
        keyDates: z.record(IdSchema, CalendarDateSchema.nullable()),
        medicationRuleIds: z.array(IdSchema).max(200),
      })
      .strict(),
    output: FileSaveResultSchema,
    caller: 'clinician',
  },
  clinicianExportPack: {
    input: z.object({ ids: z.array(IdSchema).min(1).max(200) }).strict(),
    output: FileSaveResultSchema,
    caller: 'clinician',
  },
} as const satisfies Record<string, CallDeclaration>;
export type ClinicianCall = keyof typeof clinicianCalls;
