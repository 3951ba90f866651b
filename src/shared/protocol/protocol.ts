import { z } from 'zod';
import { IdSchema } from '../schemas/id';
import { LocalizedTextSchema } from '../schemas/localized-text';
import { IsoDateSchema } from '../schemas/source';
import { AfterTreatmentSchema } from './after-treatment';
import { MedicationRuleSchema, PreparationTestSchema, QuestionSchema } from './preparation';

export const TherapyFamilySchema = z.enum(['aav-intravenous', 'car-t', 'ex-vivo-stem-cell', 'subretinal', 'other-local']);

export const KeyDateSchema = z.object({ id: IdSchema, label: LocalizedTextSchema }).strict();

/**
 * One therapy's preparation checklist as the clinic maintains it: key dates, what to do before, and what
 * comes after. Every item carries its source and the date it was checked.
 */
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
    afterTreatment: AfterTreatmentSchema,
  })
  .strict()
  .superRefine((protocol, ctx) => {
    const keyDates = new Set(protocol.keyDates.map((d) => d.id));
    const references: Array<{ keyDate: string | undefined; path: (string | number)[] }> = [
      ...protocol.tests.map((t, i) => ({ keyDate: t.timing?.keyDate, path: ['tests', i, 'timing', 'keyDate'] })),
      ...protocol.medications.map((m, i) => ({ keyDate: m.timing.keyDate, path: ['medications', i, 'timing', 'keyDate'] })),
      ...protocol.afterTreatment.lifestyle.map((l, i) => ({
        keyDate: l.duration.kind === 'for' ? l.duration.keyDate : undefined,
        path: ['afterTreatment', 'lifestyle', i, 'duration', 'keyDate'],
      })),
      ...protocol.afterTreatment.followUp.map((f, i) => ({ keyDate: f.keyDate, path: ['afterTreatment', 'followUp', i, 'keyDate'] })),
    ];
    for (const { keyDate, path } of references) {
      if (keyDate !== undefined && !keyDates.has(keyDate)) {
        ctx.addIssue({ code: 'custom', path, message: `"${keyDate}" is not one of this protocol's key dates` });
      }
    }
    const lists: Record<string, ReadonlyArray<{ id: string }>> = {
      keyDates: protocol.keyDates,
      tests: protocol.tests,
      medications: protocol.medications,
      questions: protocol.questions,
      'afterTreatment.warningSigns': protocol.afterTreatment.warningSigns,
      'afterTreatment.contacts': protocol.afterTreatment.contacts,
      'afterTreatment.lifestyle': protocol.afterTreatment.lifestyle,
      'afterTreatment.followUp': protocol.afterTreatment.followUp,
    };
    for (const [name, items] of Object.entries(lists)) {
      const seen = new Set<string>();
      items.forEach((item, i) => {
        if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [...name.split('.'), i, 'id'], message: `id "${item.id}" is used twice` });
        seen.add(item.id);
      });
    }
  });

export type Protocol = z.infer<typeof ProtocolSchema>;
export type KeyDate = z.infer<typeof KeyDateSchema>;
export type TherapyFamily = z.infer<typeof TherapyFamilySchema>;
