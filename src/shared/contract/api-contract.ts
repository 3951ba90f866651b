import { z } from 'zod';
import type { CallDeclaration } from './call-declaration';
import type { ApiName } from './call-names';
import { clinicianCalls } from './clinician-calls';
import { LessonSchema } from '@shared/content/lesson';
import { GlossaryEntrySchema } from '@shared/content/glossary';
import { LanguageSchema, SecondLanguageSchema } from '@shared/schemas/language';
import { IdSchema } from '@shared/schemas/id';
import { ProtocolSchema } from '@shared/protocol/protocol';
import {
  FileProblemSchema,
  FileSaveResultSchema,
  SavedHandoutsSchema,
} from '@shared/schemas/file-results';
import { HandoutPreviewSchema } from '@shared/schemas/handout-preview';
import { PrintResultSchema } from '@shared/schemas/print-result';
import { ProtocolSummarySchema, type ProtocolSummary } from '@shared/schemas/protocol-summary';
import { PatientSessionSchema, RoleSchema, SessionPatchSchema } from '@shared/schemas/session';
import { StoreNoticeSchema } from '@shared/schemas/store-notice';
import { SessionEndNoticeSchema } from '@shared/schemas/session-end';
import { ComputerRoleSchema, AppModeSchema } from '@shared/schemas/computer-role';
import { SessionStartSchema } from '@shared/schemas/session-start';
import { IdleNewsSchema } from '@shared/schemas/idle-deadline';
import { ClinicSettingsSchema } from '@shared/schemas/clinic-settings';
import { ManagedSettingsRefusalSchema } from '@shared/schemas/managed-settings';

/**
 * The only way the renderer and the main process talk. Each entry is one call: a schema for what the
 * renderer sends, one for what it gets back, and who may make it (call-declaration.ts). The preload exposes
 * exactly these names; main registers exactly one handler per name, and its dispatcher checks the caller and
 * validates every input against its schema.
 */
const NoInput = z.undefined();
/** How the handout is made: large print, and a second language beside the patient's (none when null or left out). */
export const HandoutOptionsSchema = z
  .object({ largePrint: z.boolean(), secondLanguage: SecondLanguageSchema.default(null) })
  .strict();
export type HandoutOptions = z.input<typeof HandoutOptionsSchema>;

export { ProtocolSummarySchema, type ProtocolSummary };

export const SessionPersistenceSchema = z
  .object({
    mode: AppModeSchema,
    storage: z.enum(['protected', 'unprotected', 'unavailable']),
    saving: z.boolean(),
  })
  .strict();
export type SessionPersistence = z.infer<typeof SessionPersistenceSchema>;

export const StartupInfoSchema = z
  .object({
    appVersion: z.string(),
    defaultLanguage: LanguageSchema,
    notices: z.array(StoreNoticeSchema),
    /** The organization's settings file could not be used: then the role is 'needs-attention'. */
    managedSettingsRefused: ManagedSettingsRefusalSchema.nullable(),
    role: ComputerRoleSchema,
    persistence: SessionPersistenceSchema,
    /** Set on the first start of the page after a session ended: what the next screen should say. */
    sessionEnded: SessionEndNoticeSchema.nullable(),
    /** Whether to show the way into staff mode: not on a kiosk with no PIN, where it could not open. */
    staffModeOffered: z.boolean(),
    /** Whether a patient may start: not on a kiosk whose clinic has not entered its name and numbers. */
    sessionStart: SessionStartSchema,
  })
  .strict();
export type StartupInfo = z.infer<typeof StartupInfoSchema>;

export const OpenPlanResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('opened'), session: PatientSessionSchema }).strict(),
  z.object({ outcome: z.literal('cancelled') }).strict(),
  z.object({ outcome: z.literal('refused'), problems: z.array(FileProblemSchema) }).strict(),
]);

/** The walkthrough's calls: whoever is at the app's page may make them. */
const patientCalls = {
  getStartupInfo: { input: NoInput, output: StartupInfoSchema, caller: 'patient' },
  /** The start info's `sessionStart` again, for a kiosk whose staff have just entered the clinic's settings. */
  getSessionStart: { input: NoInput, output: SessionStartSchema, caller: 'patient' },
  /** The clinic's crisis line (empty: the US 988 line), for the feelings step and the review; staff may change it. */
  getCrisisLine: {
    input: NoInput,
    output: ClinicSettingsSchema.shape.crisisLine,
    caller: 'patient',
  },
  listProtocols: { input: NoInput, output: z.array(ProtocolSummarySchema), caller: 'patient' },
  getProtocol: {
    input: z.object({ id: IdSchema }).strict(),
    output: ProtocolSchema,
    caller: 'patient',
  },
  /**
   * The lessons of the walkthrough, in order, as patients see them: the general ones, then the therapy's own, with
   * the parts for this reader (who fills it in: a child's own agreement is taught to a parent).
   */
  listLessons: {
    input: z.object({ protocolId: IdSchema.nullable(), role: RoleSchema.nullable() }).strict(),
    output: z.array(LessonSchema),
    caller: 'patient',
  },
  /** The hard words the lessons explain where they are used. */
  listGlossary: { input: NoInput, output: z.array(GlossaryEntrySchema), caller: 'patient' },
  getSession: { input: NoInput, output: PatientSessionSchema, caller: 'patient' },
  updateSession: { input: SessionPatchSchema, output: PatientSessionSchema, caller: 'patient' },
  /** The handout as a PDF, to show before saving or printing. */
  previewHandout: { input: HandoutOptionsSchema, output: HandoutPreviewSchema, caller: 'patient' },
  saveHandout: { input: HandoutOptionsSchema, output: FileSaveResultSchema, caller: 'patient' },
  /** "Add to my calendar": saves the patient's dated items as an .ics file where they choose; refused in a kiosk. */
  saveCalendar: { input: NoInput, output: FileSaveResultSchema, caller: 'patient' },
  /** Where the handouts saved since the app started are, so "delete my information" can say they stay. */
  listSavedHandouts: { input: NoInput, output: SavedHandoutsSchema, caller: 'patient' },
  /**
   * Prints the handout: at home through the system print dialog, of the pages the renderer drew from the PDF
   * into its print view; in a kiosk silently to the clinic's printer, after which main forgets the patient.
   */
  printHandout: { input: HandoutOptionsSchema, output: PrintResultSchema, caller: 'patient' },
  /**
   * Forgets the patient: their answers in memory and on disk, clinician mode, and everything the page's engine
   * kept (storage, caches); then main reloads the page, so its memory goes too. A kiosk does it at the end of every
   * session (main itself after a printed handout); at home it is "delete my information".
   */
  forgetPatient: {
    input: NoInput,
    output: z.object({ forgotten: z.literal(true) }).strict(),
    caller: 'patient',
  },
  /**
   * Someone touched the kiosk (the page reports touches at most every few seconds): main starts its quiet time again,
   * and ends any warning. Main holds the idle deadline, so a page that stops answering is still forgotten on time.
   */
  reportKioskActivity: {
    input: NoInput,
    output: z.object({ heard: z.literal(true) }).strict(),
    caller: 'patient',
  },
  /** Waits for main's idle deadline: answered when the warning time comes, or when the session ends (kiosk only). */
  waitForIdleNews: { input: NoInput, output: IdleNewsSchema, caller: 'patient' },
  /** Turns saving the patient's answers on this computer on or off (home mode only). */
  setSessionSaving: {
    input: z.object({ save: z.boolean() }).strict(),
    output: SessionPersistenceSchema,
    caller: 'patient',
  },
  /** Opens the plan file the care team gave the patient and starts the walkthrough with it. */
  openPatientPlan: { input: NoInput, output: OpenPlanResultSchema, caller: 'patient' },
} as const satisfies Record<string, CallDeclaration>;
export type PatientCall = keyof typeof patientCalls;

export const apiContract = { ...patientCalls, ...clinicianCalls } as const satisfies Record<
  ApiName,
  CallDeclaration
>;

export type ApiContract = typeof apiContract;
export type ApiInput<N extends ApiName> = z.input<ApiContract[N]['input']>;
export type ApiOutput<N extends ApiName> = z.output<ApiContract[N]['output']>;

export { API_NAMES, channelOf, type ApiName } from './call-names';

export function isApiName(name: unknown): name is ApiName {
  return typeof name === 'string' && Object.hasOwn(apiContract, name);
}

// 'card-too-full': the wallet card cannot hold a line even folded in small print, so no handout is made.
export const ApiErrorCodeSchema = z.enum([
  'bad-request',
  'forbidden',
  'not-found',
  'failed',
  'card-too-full',
]);
export type ApiErrorCode = z.infer<typeof ApiErrorCodeSchema>;

/** Every call resolves to this envelope, so errors cross the bridge as data rather than as mangled exceptions. */
export type ApiResult<T> =
  { ok: true; value: T } | { ok: false; error: { code: ApiErrorCode; message: string } };

/** What the preload puts on `window.gtc`: one function per contract entry. */
export type BridgeApi = {
  [N in ApiName]: (input: ApiInput<N>) => Promise<ApiResult<ApiOutput<N>>>;
};

export { BRIDGE_GLOBAL } from './bridge-global';
