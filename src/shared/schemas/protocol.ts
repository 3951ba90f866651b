import { z } from 'zod';
import { IdSchema } from './id';
import { LocalizedTextSchema } from './localized-text';
import { IsoDateSchema, SourceSchema } from './source';
import { TimingSchema } from './timing';

export const TherapyFamilySchema = z.enum([
  'aav-intravenous',
  'car-t',
  'ex-vivo-stem-cell',
  'subretinal',
  'other-local',
]);

export const KeyDateSchema = z.object({ id: IdSchema, label: LocalizedTextSchema }).strict();

export const PreparationTestSchema = z
  .object({
    id: IdSchema,
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
    medicine: LocalizedTextSchema,
    /** Brand and generic names the patient might type; matched case-insensitively. */
    matchNames: z.array(z.string().trim().min(2)).min(1),
    action: MedicationActionSchema,
    timing: TimingSchema,
    resume: LocalizedTextSchema,
    why: LocalizedTextSchema,
    source: SourceSchema,
  })
  .strict();

export const QuestionSchema = z
  .object({
    id: IdSchema,
    text: LocalizedTextSchema,
    topic: z.enum(['deciding', 'risks', 'logistics', 'after-treatment', 'cost']),
    source: SourceSchema,
  })
  .strict();

export const ProtocolSchema = z
  .object({
    id: IdSchema,
    version: z.number().int().min(1),
    family: TherapyFamilySchema,
    title: LocalizedTextSchema,
    summary: LocalizedTextSchema,
    /** Shipped examples must be reviewed by the clinic before real use; the UI and handout say so. */
    isExample: z.boolean(),
    labelCheckedOn: IsoDateSchema,
    keyDates: z.array(KeyDateSchema).min(1),
    tests: z.array(PreparationTestSchema),
    medications: z.array(MedicationRuleSchema),
    questions: z.array(QuestionSchema),
  })
  .strict()
  .superRefine((protocol, ctx) => {
    const keyDates = new Set(protocol.keyDates.map((d) => d.id));
    const timed = [
      ...protocol.tests.map((t, i) => ({ timing: t.timing, path: ['tests', i, 'timing', 'keyDate'] })),
      ...protocol.medications.map((m, i) => ({ timing: m.timing, path: ['medications', i, 'timing', 'keyDate'] })),
    ];
    for (const { timing, path } of timed) {
      if (timing && !keyDates.has(timing.keyDate)) {
        ctx.addIssue({ code: 'custom', path, message: `"${timing.keyDate}" is not one of this protocol's key dates` });
      }
    }
    const lists = { keyDates: protocol.keyDates, tests: protocol.tests, medications: protocol.medications, questions: protocol.questions };
    for (const [name, items] of Object.entries(lists)) {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [name, i, 'id'], message: `id "${item.id}" is used twice` });
        seen.add(item.id);
      });
    }
  });

export type Protocol = z.infer<typeof ProtocolSchema>;
export type PreparationTest = z.infer<typeof PreparationTestSchema>;
export type MedicationRule = z.infer<typeof MedicationRuleSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type KeyDate = z.infer<typeof KeyDateSchema>;
