import { z } from 'zod';
import { IdSchema } from '@shared/schemas/id';
import { entries, LIMITS } from '@shared/schemas/limits';
import { LocalizedTextSchema } from '@shared/schemas/localized-text';
import { SourceSchema } from '@shared/schemas/source';

/** Whether what the study counted is something the treatment did for people, or a harm that happened to them. */
export const StudyNumberEffectSchema = z.enum(['benefit', 'harm']);

/** A count as a study reports it: whole people, at least one counted, and no more than were counted. */
const countFields = { count: z.number().int().min(0), outOf: z.number().int().min(1) };
const countFits = (n: { count: number; outOf: number }) => n.count <= n.outOf;
const countTooHigh = {
  path: ['count'],
  message: 'may not be more than outOf (the number of people counted)',
};

/** The count alone: what the editor checks before it shows how a patient will read it. */
export const StudyCountSchema = z.object(countFields).refine(countFits, countTooHigh);

/**
 * One number from a study of this therapy, as the study reported it ("29 of 31"); the app works out and words the
 * "out of 100" itself (study-number-words.ts). Numbers belong to a product, so they live on its protocol, never in
 * a lesson.
 */
export const StudyNumberSchema = z
  .object({
    id: IdSchema,
    effect: StudyNumberEffectSchema,
    /** What happened to the people counted ("had no severe pain crisis for at least a year"). */
    result: LocalizedTextSchema,
    /** Who the study counted ("adults and children 12 and older with severe sickle cell disease in the main study"). */
    group: LocalizedTextSchema,
    ...countFields,
    source: SourceSchema,
  })
  .strict()
  .refine(countFits, countTooHigh);

export const StudyNumbersSchema = z.array(StudyNumberSchema).max(...entries(LIMITS.studyNumbers));

export type StudyNumber = z.infer<typeof StudyNumberSchema>;
export type StudyNumberEffect = z.infer<typeof StudyNumberEffectSchema>;
