import { z } from 'zod';
import { IdSchema } from '@shared/schemas/id';
import { chars, entries, LIMITS } from '@shared/schemas/limits';
import { LocalizedTextSchema } from '@shared/schemas/localized-text';
import { singleLineText } from '@shared/schemas/plain-text';
import { SourceSchema } from '@shared/schemas/source';
import { TimingSchema } from '@shared/schemas/timing';

/** What to do before treatment: tests to complete, medicines to change, questions to ask. */

export const TestCategorySchema = z.enum([
  'blood',
  'infection',
  'imaging',
  'heart',
  'eye',
  'pregnancy',
  'fertility',
  'other',
]);

export const PreparationTestSchema = z
  .object({
    id: IdSchema,
    category: TestCategorySchema,
    name: LocalizedTextSchema,
    why: LocalizedTextSchema,
    timing: TimingSchema.nullable(),
    source: SourceSchema,
  })
  .strict();

export const MedicationActionSchema = z.enum(['pause', 'avoid', 'start', 'keep-taking', 'adjust']);

export const MedicationRuleSchema = z
  .object({
    id: IdSchema,
    /** The medicine or class as patients read it, e.g. "hydroxyurea (Droxia, Hydrea, Siklos)". */
    medicine: LocalizedTextSchema,
    /**
     * Brand and generic names a patient might type, in every language patients read; matched ignoring case,
     * accents and small misspellings. Two characters are enough for a Chinese name (酒精, alcohol).
     */
    matchNames: z
      .array(
        singleLineText()
          .trim()
          .min(2)
          .max(...chars(LIMITS.medicineName)),
      )
      .min(1)
      .max(...entries(LIMITS.matchNames)),
    action: MedicationActionSchema,
    timing: TimingSchema,
    resume: LocalizedTextSchema,
    why: LocalizedTextSchema,
    source: SourceSchema,
  })
  .strict();

export const QuestionTopicSchema = z.enum([
  'deciding',
  'risks',
  'logistics',
  'after-treatment',
  'cost',
  'family',
  'trial',
]);
export const QuestionStageSchema = z.enum([
  'deciding',
  'preparing',
  'treatment',
  'after-treatment',
  'long-term',
]);

export const QuestionSchema = z
  .object({
    id: IdSchema,
    text: LocalizedTextSchema,
    topic: QuestionTopicSchema,
    stage: QuestionStageSchema,
    source: SourceSchema,
  })
  .strict();

export type PreparationTest = z.infer<typeof PreparationTestSchema>;
export type MedicationRule = z.infer<typeof MedicationRuleSchema>;
export type MedicationAction = z.infer<typeof MedicationActionSchema>;
export type Question = z.infer<typeof QuestionSchema>;
