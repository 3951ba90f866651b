import { z } from 'zod';
import { isCalendarDate } from '@shared/dates/calendar-date';
import { HealthHistoryItemSchema } from '@shared/walkthrough/health-history';
import type { Language } from '@shared/i18n/languages';
import { ProtocolSchema } from '@shared/protocol/protocol';
import { protocolWithTimingKinds } from '@shared/protocol/timing-kinds-upgrade';
import { WALKTHROUGH_STEPS } from '@shared/walkthrough/walkthrough-steps';
import { ClinicSettingsSchema } from './clinic-settings';
import { IdSchema } from './id';
import { LanguageSchema } from './language';
import { chars, entries, LIMITS, tooMany } from './limits';
import { multiLineText, singleLineText } from './plain-text';
import { ROLES, type Role } from './role';

/** A calendar date ("2027-01-12") that really exists. */
export const CalendarDateSchema = z
  .string()
  .max(10)
  .refine(isCalendarDate, 'use a real date, written YYYY-MM-DD');

const MAX_ANSWERS = 500;

/** A map from protocol item ids to answers, bounded so no input can grow the session without limit. */
function answersBy<T extends z.ZodType>(value: T) {
  // The limit is a refinement, which a JSON Schema cannot see; the metadata shows it there (docs/handout-input.md).
  return z
    .record(IdSchema, value)
    .refine((map) => Object.keys(map).length <= MAX_ANSWERS, tooMany(MAX_ANSWERS))
    .meta({ maxProperties: MAX_ANSWERS });
}

/** A person's name as they give it: the patient's, or that of whoever fills this in for them. */
export const PersonNameSchema = singleLineText()
  .trim()
  .max(...chars(100));

export const RoleSchema = z.enum(ROLES);
export type { Role };

const WalkthroughStepSchema = z.enum(WALKTHROUGH_STEPS);

export const TestProgressSchema = z
  .object({ status: z.enum(['not-yet', 'scheduled', 'done']), date: CalendarDateSchema.nullable() })
  .strict();

export type TestProgress = z.infer<typeof TestProgressSchema>;

/** A health-history answer: "yes" and "not sure" go on the handout as something to talk about. */
export const HealthAnswerSchema = z.enum(['yes', 'no', 'not-sure']);

/** "Not ready / I want to talk first" is recorded and shown on the handout. */
export const ReadinessSchema = z.enum(['ready', 'want-to-talk-first']);

export const MedicineEntrySchema = z
  .object({
    id: IdSchema,
    name: singleLineText()
      .trim()
      .min(1)
      .max(...chars(200)),
  })
  .strict();

export const OwnQuestionSchema = z
  .object({
    id: IdSchema,
    text: multiLineText()
      .trim()
      .min(1)
      .max(...chars(1000)),
  })
  .strict();

/**
 * Everything one patient (or the parent, caregiver or representative filling in for them) has entered. Kept
 * apart from clinic configuration: in a kiosk it lives in memory only and is forgotten at the end.
 */
export const PatientSessionSchema = z
  .object({
    language: LanguageSchema,
    /** Who is filling this in; the wording follows it ("your child's liver tests"). */
    role: RoleSchema.nullable(),
    /** The patient's first name, printed on the handout. */
    firstName: PersonNameSchema,
    /** The name of the parent, caregiver or representative, when that is who fills it in. */
    helperName: PersonNameSchema,
    protocolId: IdSchema.nullable(),
    keyDates: answersBy(CalendarDateSchema.nullable()),
    tests: answersBy(TestProgressSchema),
    medicines: z.array(MedicineEntrySchema).max(...entries(100)),
    /** Answers to the health-history questions (src/shared/walkthrough/health-history.ts). */
    healthHistory: z.partialRecord(HealthHistoryItemSchema, HealthAnswerSchema),
    questions: z
      .object({
        chosen: z.array(IdSchema).max(...entries(LIMITS.questions)),
        own: z.array(OwnQuestionSchema).max(...entries(50)),
        topThree: z.array(IdSchema).max(...entries(3)),
      })
      .strict(),
    /**
     * Teach-back answers, by check id: how often tried, whether the last answer was right, and which option it
     * was, so the page shows it again after reading a part again or a restart (absent in sessions saved before).
     */
    comprehension: answersBy(
      z
        .object({
          attempts: z.number().int().min(0).max(100),
          understood: z.boolean(),
          answer: IdSchema.optional(),
        })
        .strict(),
    ),
    /** Lesson sections the patient marked "ask my team about this". */
    flagged: z.array(IdSchema).max(...entries(200)),
    /** Worries the patient wrote down for the team, in their own words. */
    worries: multiLineText().max(...chars(2000)),
    readiness: ReadinessSchema.nullable(),
    /** The step the patient is on: after a restart or a crash the app opens there again. */
    step: WalkthroughStepSchema.nullable(),
    /** The plan the care team gave this patient, when they opened one: its tailored protocol comes with it. */
    plan: z
      .object({
        createdAt: z.iso.datetime(),
        clinicName: ClinicSettingsSchema.shape.clinicName,
        protocol: ProtocolSchema,
      })
      .strict()
      .nullable(),
  })
  .strict();
export type PatientSession = z.infer<typeof PatientSessionSchema>;

/**
 * A session as saved on disk, perhaps by an earlier version: fields added since then start empty. (Not a
 * default on the schema itself, which would also fill them into every partial update and wipe them.)
 */
const ADDED_SINCE_FIRST_RELEASE = { flagged: [], worries: '', step: null } as const;
export const SavedSessionSchema = z.preprocess(
  (value) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? withPlanTimingKinds({ ...ADDED_SINCE_FIRST_RELEASE, ...value })
      : value,
  PatientSessionSchema,
);

/** A plan saved before timings said which kind they are gets its kinds, read as a plan file is (protocol-file-upgrades.ts). */
function withPlanTimingKinds(session: Record<string, unknown>): Record<string, unknown> {
  const { plan } = session;
  return plan !== null && typeof plan === 'object' && !Array.isArray(plan)
    ? {
        ...session,
        plan: {
          ...plan,
          protocol: protocolWithTimingKinds((plan as Record<string, unknown>).protocol),
        },
      }
    : session;
}

/** What the walkthrough may change; a plan arrives only by opening a plan file, checked in main. */
export const SessionPatchSchema = PatientSessionSchema.omit({ plan: true }).partial().strict();
export type SessionPatch = z.infer<typeof SessionPatchSchema>;

export function emptySession(language: Language): PatientSession {
  return {
    language,
    role: null,
    firstName: '',
    helperName: '',
    protocolId: null,
    keyDates: {},
    tests: {},
    medicines: [],
    healthHistory: {},
    questions: { chosen: [], own: [], topThree: [] },
    comprehension: {},
    flagged: [],
    worries: '',
    readiness: null,
    step: null,
    plan: null,
  };
}

/** The part of a session a handout is made from; the headless command reads the same shape. */
export const HandoutPatientSchema = PatientSessionSchema.pick({
  role: true,
  firstName: true,
  helperName: true,
  keyDates: true,
  tests: true,
  medicines: true,
  healthHistory: true,
  questions: true,
  comprehension: true,
  flagged: true,
  worries: true,
  readiness: true,
});
export type HandoutPatient = z.infer<typeof HandoutPatientSchema>;

export function handoutPatientOf(session: PatientSession): HandoutPatient {
  const {
    role,
    firstName,
    helperName,
    keyDates,
    tests,
    medicines,
    healthHistory,
    questions,
    comprehension,
    flagged,
    worries,
    readiness,
  } = session;
  return {
    role,
    firstName,
    helperName,
    keyDates,
    tests,
    medicines,
    healthHistory,
    questions,
    comprehension,
    flagged,
    worries,
    readiness,
  };
}
