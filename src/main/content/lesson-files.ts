import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LessonSchema, type Lesson } from '../../shared/content/lesson';

/**
 * Reads the lessons shipped in `resources/lessons`, in file-name order (01-…, 02-…). Section and check ids must
 * be unique across all lessons, because a patient's answers and flags are kept by them. A bad file is a
 * packaging error, so it throws.
 */
export function loadLessonFolder(folder: string): Lesson[] {
  const names = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const lessons = names.map((name) => {
    const file = path.join(folder, name);
    const result = LessonSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!result.success) {
      const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n  ');
      throw new Error(`${file} is not a valid lesson:\n  ${problems}`);
    }
    return result.data;
  });
  const lessonIds = new Set<string>();
  const owner = new Map<string, string>();
  for (const lesson of lessons) {
    if (lessonIds.has(lesson.id)) throw new Error(`Two lessons have the id "${lesson.id}"`);
    lessonIds.add(lesson.id);
    for (const id of [...lesson.sections.map((s) => s.id), ...lesson.checks.map((c) => c.id)]) {
      const other = owner.get(id);
      if (other !== undefined) throw new Error(`"${id}" is used in both lesson ${other} and lesson ${lesson.id}`);
      owner.set(id, lesson.id);
    }
  }
  return lessons;
}
