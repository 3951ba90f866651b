import { z } from 'zod';
import { ProtocolLessonSchema } from '@shared/content/lesson';
import { IdSchema } from '@shared/schemas/id';
import { entries, LIMITS } from '@shared/schemas/limits';
import { localizedTextSchema, LocalizedTextSchema } from '@shared/schemas/localized-text';
import { IsoDateSchema } from '@shared/schemas/source';
import { AfterTreatmentSchema } from './after-treatment';
import { MedicationRuleSchema, PreparationTestSchema, QuestionSchema } from './preparation';
import { StudyNumbersSchema } from './study-numbers';
import { TherapyFamilySchema } from './therapy-family';

export const KeyDateSchema = z
  .object({ id: IdSchema, label: localizedTextSchema(LIMITS.keyDateLabel) })
  .strict();

/**
 * One therapy's protocol as the clinic maintains it (the patient sees it as the preparation checklist): key
 * dates, what to do before, and what comes after. Every item carries its source and the date it was checked.
 */
export const ProtocolSchema = z
  .object({
    id: IdSchema,
    version: z.number().int().min(1),
    family: TherapyFamilySchema,
    title: localizedTextSchema(LIMITS.title),
    summary: LocalizedTextSchema,
    /** Shipped examples must be reviewed by the clinic before real use; the UI and handout say so. */
    isExample: z.boolean(),
    labelCheckedOn: IsoDateSchema,
    /** In the order they happen: a patient's date before one listed ahead of it gets a note (dates/date-notes.ts). */
    keyDates: z
      .array(KeyDateSchema)
      .min(1)
      .max(...entries(LIMITS.keyDates)),
    tests: z.array(PreparationTestSchema).max(...entries(LIMITS.tests)),
    medications: z.array(MedicationRuleSchema).max(...entries(LIMITS.medications)),
    questions: z.array(QuestionSchema).max(...entries(LIMITS.questions)),
    afterTreatment: AfterTreatmentSchema,
    /** Benefits and harms as the studies counted them; left out where no number is sourced (never invented). */
    studyNumbers: StudyNumbersSchema.optional(),
    /** Lessons only this therapy needs (caring for a child after the infusion…), shown after the general ones. */
    lessons: z.array(ProtocolLessonSchema).max(3).optional(),
  })
  .strict()
  // Runs even when other fields already failed, so one pass lists every problem; hence the defensive reads.
  .superRefine((protocol, ctx) => crossChecks(protocol, ctx), {
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  });

type Loose = Record<string, unknown>;
const list = (value: unknown): Loose[] =>
  Array.isArray(value) ? value.filter((v): v is Loose => typeof v === 'object' && v !== null) : [];
const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Loose)[key] : undefined;

/** The key dates a timing names, with where: its own, or each end of a span. */
const timingReferences = (timing: unknown, path: (string | number)[]) =>
  field(timing, 'kind') === 'span'
    ? (['start', 'end'] as const).map((end) => ({
        keyDate: field(field(timing, end), 'keyDate'),
        path: [...path, end, 'keyDate'],
      }))
    : [{ keyDate: field(timing, 'keyDate'), path: [...path, 'keyDate'] }];

/** Checks across the protocol: every timing names one of its key dates, and no id is used twice in a list. */
function crossChecks(protocol: Loose, ctx: z.RefinementCtx): void {
  const after = field(protocol, 'afterTreatment');
  const keyDates = new Set(list(protocol.keyDates).map((d) => d.id));
  const references: Array<{ keyDate: unknown; path: (string | number)[] }> = [
    ...list(protocol.tests).flatMap((t, i) => timingReferences(t.timing, ['tests', i, 'timing'])),
    ...list(protocol.medications).flatMap((m, i) =>
      timingReferences(m.timing, ['medications', i, 'timing']),
    ),
    ...list(field(after, 'lifestyle')).map((l, i) => ({
      keyDate: field(l.duration, 'kind') === 'for' ? field(l.duration, 'keyDate') : undefined,
      path: ['afterTreatment', 'lifestyle', i, 'duration', 'keyDate'],
    })),
    ...list(field(after, 'followUp')).map((f, i) => ({
      keyDate: f.keyDate,
      path: ['afterTreatment', 'followUp', i, 'keyDate'],
    })),
  ];
  for (const { keyDate, path } of references) {
    if (typeof keyDate === 'string' && !keyDates.has(keyDate)) {
      ctx.addIssue({
        code: 'custom',
        path,
        message: `"${keyDate}" is not one of this protocol's key dates`,
      });
    }
  }
  const lists: Record<string, unknown> = {
    keyDates: protocol.keyDates,
    tests: protocol.tests,
    medications: protocol.medications,
    questions: protocol.questions,
    'afterTreatment.warningSigns': field(after, 'warningSigns'),
    'afterTreatment.contacts': field(after, 'contacts'),
    'afterTreatment.lifestyle': field(after, 'lifestyle'),
    'afterTreatment.followUp': field(after, 'followUp'),
    studyNumbers: protocol.studyNumbers,
  };
  for (const [name, items] of Object.entries(lists)) {
    const seen = new Set<unknown>();
    list(items).forEach((item, i) => {
      if (typeof item.id === 'string' && seen.has(item.id))
        ctx.addIssue({
          code: 'custom',
          path: [...name.split('.'), i, 'id'],
          message: `id "${item.id}" is used twice`,
        });
      seen.add(item.id);
    });
  }
}

export type Protocol = z.infer<typeof ProtocolSchema>;
export type KeyDate = z.infer<typeof KeyDateSchema>;
