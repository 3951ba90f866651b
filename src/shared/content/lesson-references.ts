import type { FileProblem } from '@shared/schemas/file-results';
import type { PatientSession } from '@shared/schemas/session';
import type { Lesson } from './lesson';

/**
 * Lesson parts, teach-back questions and answer options a patient's answers name that no lesson has: a flag or
 * an answer for them would be silently lost, so whoever gave them is told instead.
 */
export function unknownLessonReferences(
  lessons: readonly Lesson[],
  answers: Partial<Pick<PatientSession, 'flagged' | 'comprehension'>>,
  where = '',
): FileProblem[] {
  const { sections, options } = lessonIds(lessons);
  return [
    ...(answers.flagged ?? []).flatMap((id, index) =>
      sections.has(id)
        ? []
        : [{ location: `${where}flagged[${index}]`, message: `no lesson has a part "${id}"` }],
    ),
    ...Object.entries(answers.comprehension ?? {}).flatMap(([id, record]) => {
      const given = options.get(id);
      if (!given)
        return [
          { location: `${where}comprehension.${id}`, message: `no lesson has a question "${id}"` },
        ];
      return record.answer === undefined || given.has(record.answer)
        ? []
        : [
            {
              location: `${where}comprehension.${id}.answer`,
              message: `the question "${id}" has no answer "${record.answer}"`,
            },
          ];
    }),
  ];
}

type LessonAnswers = Pick<PatientSession, 'flagged' | 'comprehension'>;

/**
 * The answers about lesson parts and teach-back questions these lessons have: when another therapy is chosen,
 * answers about what only the first one taught go with it, so later answers are not refused for naming them.
 */
export function answersAboutLessons(
  lessons: readonly Lesson[],
  answers: LessonAnswers,
): LessonAnswers {
  const { sections, options } = lessonIds(lessons);
  return {
    flagged: answers.flagged.filter((id) => sections.has(id)),
    comprehension: Object.fromEntries(
      Object.entries(answers.comprehension).filter(([id]) => options.has(id)),
    ),
  };
}

/** Every part's id, and every teach-back question's id with its answer options' ids. */
function lessonIds(lessons: readonly Lesson[]) {
  return {
    sections: new Set(lessons.flatMap((lesson) => lesson.sections.map((section) => section.id))),
    options: new Map(
      lessons.flatMap((lesson) =>
        lesson.checks.map(
          (check) => [check.id, new Set(check.options.map((option) => option.id))] as const,
        ),
      ),
    ),
  };
}
