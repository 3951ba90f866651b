import type { FileProblem } from '../schemas/file-results';
import type { PatientSession } from '../schemas/session';
import type { Lesson } from './lesson';

/**
 * Lesson parts and teach-back questions a patient's answers name that no lesson has: a flag or an answer
 * for them would be silently lost, so whoever gave them is told instead.
 */
export function unknownLessonReferences(lessons: readonly Lesson[], answers: Partial<Pick<PatientSession, 'flagged' | 'comprehension'>>, where = ''): FileProblem[] {
  const sections = new Set(lessons.flatMap((lesson) => lesson.sections.map((section) => section.id)));
  const checks = new Set(lessons.flatMap((lesson) => lesson.checks.map((check) => check.id)));
  return [
    ...(answers.flagged ?? []).flatMap((id, index) => (sections.has(id) ? [] : [{ location: `${where}flagged[${index}]`, message: `no lesson has a part "${id}"` }])),
    ...Object.keys(answers.comprehension ?? {}).flatMap((id) => (checks.has(id) ? [] : [{ location: `${where}comprehension.${id}`, message: `no lesson has a question "${id}"` }])),
  ];
}
