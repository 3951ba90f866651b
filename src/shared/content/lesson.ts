import { z } from 'zod';
import { IdSchema } from '@shared/schemas/id';
import { LocalizedTextSchema } from '@shared/schemas/localized-text';
import { SourceSchema } from '@shared/schemas/source';
import { TherapyDeliverySchema } from '@shared/protocol/therapy-delivery';
import { ListedSignIdsSchema } from '@shared/warning-signs/warning-sign-catalog';
import { VOICES } from '@shared/i18n/voice';

export const LESSON_KIND = 'gene-therapy-companion.lesson';

/** One short chunk of a lesson: the key point first, then more for those who want depth. */
export const LessonSectionSchema = z
  .object({
    id: IdSchema,
    heading: LocalizedTextSchema,
    /** One to three short sentences: what to remember. */
    summary: LocalizedTextSchema,
    /** "Learn more": optional depth, still plain words. */
    more: LocalizedTextSchema.optional(),
    source: SourceSchema,
    /** Only for therapies given this way (antibodies to a carrier that goes into the body); absent: for every therapy. */
    delivery: TherapyDeliverySchema.optional(),
    /** Warning signs the part is about, shown under it with their level: the text names no level itself. */
    warningSigns: ListedSignIdsSchema.optional(),
    /** Only for this reader ("child": a parent reading about their child); absent: for every reader. */
    voice: z.enum(VOICES).optional(),
  })
  .strict();
export type LessonSection = z.infer<typeof LessonSectionSchema>;

export const TeachBackOptionSchema = z
  .object({ id: IdSchema, text: LocalizedTextSchema, correct: z.boolean() })
  .strict();

/**
 * A teach-back question: the patient answers in their own choice; a wrong answer shows `explanation` and links
 * back to the section it comes from, and a retry is offered.
 */
export const TeachBackSchema = z
  .object({
    id: IdSchema,
    question: LocalizedTextSchema,
    options: z.array(TeachBackOptionSchema).min(2).max(4),
    explanation: LocalizedTextSchema,
    /** The section that teaches the answer. */
    sectionId: IdSchema,
  })
  .strict()
  .refine((check) => check.options.filter((option) => option.correct).length === 1, {
    message: 'exactly one option must be correct',
    path: ['options'],
  });
export type TeachBack = z.infer<typeof TeachBackSchema>;

const lessonFields = {
  kind: z.literal(LESSON_KIND),
  formatVersion: z.literal(1),
  id: IdSchema,
  version: z.number().int().min(1),
  title: LocalizedTextSchema,
  /** What the whole lesson comes down to, shown first. */
  keyPoints: z.array(LocalizedTextSchema).min(1).max(5),
  sections: z.array(LessonSectionSchema).min(1).max(8),
  checks: z.array(TeachBackSchema).min(1).max(2),
};

function checkIds(
  lesson: { sections: LessonSection[]; checks: TeachBack[] },
  ctx: z.RefinementCtx,
): void {
  const sections = new Set(lesson.sections.map((s) => s.id));
  lesson.checks.forEach((check, index) => {
    if (!sections.has(check.sectionId))
      ctx.addIssue({
        code: 'custom',
        path: ['checks', index, 'sectionId'],
        message: `no section "${check.sectionId}" in this lesson`,
      });
  });
  const ids = [...lesson.sections.map((s) => s.id), ...lesson.checks.map((c) => c.id)];
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index)
      ctx.addIssue({ code: 'custom', path: ['sections'], message: `"${id}" is used twice` });
  });
}

/** A lesson a protocol brings along (`lessons` in the protocol): an example exactly when its protocol is one. */
export const ProtocolLessonSchema = z.object(lessonFields).strict().superRefine(checkIds);
export type ProtocolLesson = z.infer<typeof ProtocolLessonSchema>;

/**
 * A lesson content file (resources/lessons/), versioned like the protocols, and every lesson as the walkthrough
 * shows it. Shipped lessons are examples a clinician must review before patients rely on them; the lessons step
 * says so on each lesson still marked as one.
 */
export const LessonSchema = z
  .object({ ...lessonFields, isExample: z.boolean() })
  .strict()
  .superRefine(checkIds);
export type Lesson = z.infer<typeof LessonSchema>;

/** Every patient-facing text of a lesson, in reading order, for checks that look at all of it. */
export function lessonTexts(lesson: ProtocolLesson): Array<z.infer<typeof LocalizedTextSchema>> {
  return [
    lesson.title,
    ...lesson.keyPoints,
    ...lesson.sections.flatMap((section) => [
      section.heading,
      section.summary,
      ...(section.more ? [section.more] : []),
    ]),
    ...lesson.checks.flatMap((check) => [
      check.question,
      ...check.options.map((option) => option.text),
      check.explanation,
    ]),
  ];
}
