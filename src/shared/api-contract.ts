import { z } from 'zod';
import { clinicianCalls } from './clinician-calls';
import { LessonSchema } from './content/lesson';
import { GlossaryEntrySchema } from './content/glossary';
import { LanguageSchema } from './languages';
import { SecondLanguageSchema } from './handout/second-language';
import { IdSchema } from './schemas/id';
import { ProtocolSchema } from './protocol/protocol';
import { FileProblemSchema, FileSaveResultSchema, SavedHandoutsSchema } from './schemas/file-results';
import { HandoutPreviewSchema } from './schemas/handout-preview';
import { PrintResultSchema } from './schemas/print-result';
import { ProtocolSummarySchema, type ProtocolSummary } from './schemas/protocol-summary';
import { PatientSessionSchema, RoleSchema, SessionPatchSchema } from './schemas/session';
import { StoreNoticeSchema } from './schemas/store-notice';
import { SessionEndNoticeSchema } from './schemas/session-end';
import { ComputerRoleSchema } from './schemas/computer-role';
import { SessionStartSchema } from './schemas/session-start';
import { ClinicSettingsSchema } from './schemas/clinic-settings';

/**
 * The only way the renderer and the main process talk. Each entry is one call: a schema for what the
 * renderer sends and one for what it gets back. The preload exposes exactly these names; main registers
 * exactly one handler per name and validates every input against its schema.
 */
const NoInput = z.undefined();
/** How the handout is made: large print, and a second language beside the patient's (none when null or left out). */
export const HandoutOptionsSchema = z.object({ largePrint: z.boolean(), secondLanguage: SecondLanguageSchema.default(null) }).strict();
export type HandoutOptions = z.input<typeof HandoutOptionsSchema>;

export { ProtocolSummarySchema, type ProtocolSummary };

export const SessionPersistenceSchema = z
  .object({ mode: z.enum(['home', 'kiosk']), storage: z.enum(['protected', 'unprotected', 'unavailable']), saving: z.boolean() })
  .strict();
export type SessionPersistence = z.infer<typeof SessionPersistenceSchema>;

export const StartupInfoSchema = z
  .object({
    appVersion: z.string(),
    defaultLanguage: LanguageSchema,
    notices: z.array(StoreNoticeSchema),
    role: ComputerRoleSchema,
    persistence: SessionPersistenceSchema,
    /** In a kiosk, minutes without a touch before the patient is asked whether they are still there. */
    kioskIdleMinutes: z.number().int().min(1).max(60),
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

export const apiContract = {
  getStartupInfo: { input: NoInput, output: StartupInfoSchema },
  /** The start info's `sessionStart` again, for a kiosk whose staff have just entered the clinic's settings. */
  getSessionStart: { input: NoInput, output: SessionStartSchema },
  /** The clinic's crisis line (empty: the US 988 line), for the feelings step and the review; staff may change it. */
  getCrisisLine: { input: NoInput, output: ClinicSettingsSchema.shape.crisisLine },
  listProtocols: { input: NoInput, output: z.array(ProtocolSummarySchema) },
  getProtocol: { input: z.object({ id: IdSchema }).strict(), output: ProtocolSchema },
  /**
   * The lessons of the walkthrough, in order, as patients see them: the general ones, then the therapy's own, with
   * the parts for this reader (who fills it in: a child's own agreement is taught to a parent).
   */
  listLessons: { input: z.object({ protocolId: IdSchema.nullable(), role: RoleSchema.nullable() }).strict(), output: z.array(LessonSchema) },
  /** The hard words the lessons explain where they are used. */
  listGlossary: { input: NoInput, output: z.array(GlossaryEntrySchema) },
  getSession: { input: NoInput, output: PatientSessionSchema },
  updateSession: { input: SessionPatchSchema, output: PatientSessionSchema },
  /** The handout as a PDF, to show before saving or printing. */
  previewHandout: { input: HandoutOptionsSchema, output: HandoutPreviewSchema },
  saveHandout: { input: HandoutOptionsSchema, output: FileSaveResultSchema },
  /** "Add to my calendar": saves the patient's dated items as an .ics file where they choose; refused in a kiosk. */
  saveCalendar: { input: NoInput, output: FileSaveResultSchema },
  /** Where the handouts saved since the app started are, so "delete my information" can say they stay. */
  listSavedHandouts: { input: NoInput, output: SavedHandoutsSchema },
  /**
   * Prints the handout: at home through the system print dialog, of the pages the renderer drew from the PDF
   * into its print view; in a kiosk silently to the clinic's printer, after which main ends the session.
   */
  printHandout: { input: HandoutOptionsSchema, output: PrintResultSchema },
  /**
   * Forgets the patient: their answers in memory and on disk, clinician mode, and everything the page's engine
   * kept (storage, caches); then main reloads the page, so its memory goes too. A kiosk does it at the end of every
   * session (main itself after a printed handout); at home it is "delete my information".
   */
  endSession: { input: NoInput, output: z.object({ ended: z.literal(true) }).strict() },
  /** Turns saving the patient's answers on this computer on or off (home mode only). */
  setSessionSaving: { input: z.object({ save: z.boolean() }).strict(), output: SessionPersistenceSchema },
  /** Opens the plan file the care team gave the patient and starts the walkthrough with it. */
  openPatientPlan: { input: NoInput, output: OpenPlanResultSchema },
  ...clinicianCalls,
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type ApiContract = typeof apiContract;
export type ApiName = keyof ApiContract;
export type ApiInput<N extends ApiName> = z.input<ApiContract[N]['input']>;
export type ApiOutput<N extends ApiName> = z.output<ApiContract[N]['output']>;

export const API_NAMES = Object.keys(apiContract) as ApiName[];

export function isApiName(name: unknown): name is ApiName {
  return typeof name === 'string' && Object.hasOwn(apiContract, name);
}

/** IPC channel of one contract entry; nothing else is ever sent over IPC. */
export function channelOf(name: ApiName): string {
  return `gtc:${name}`;
}

// 'card-too-full': the wallet card cannot hold a line even folded in small print, so no handout is made.
export const ApiErrorCodeSchema = z.enum(['bad-request', 'forbidden', 'not-found', 'failed', 'card-too-full']);
export type ApiErrorCode = z.infer<typeof ApiErrorCodeSchema>;

/** Every call resolves to this envelope, so errors cross the bridge as data rather than as mangled exceptions. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: { code: ApiErrorCode; message: string } };

/** What the preload puts on `window.gtc`: one function per contract entry. */
export type BridgeApi = { [N in ApiName]: (input: ApiInput<N>) => Promise<ApiResult<ApiOutput<N>>> };

export { BRIDGE_GLOBAL } from './bridge-global';
