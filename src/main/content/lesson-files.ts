import { readdirSync } from 'node:fs';
import path from 'node:path';
import { LessonSchema, type Lesson } from '@shared/content/lesson';
import { readShippedJson } from '../files/read-shipped-json';

/**
 * Reads the lessons shipped in `resources/lessons`, in file-name order (01-…, 02-…). Section and check ids must
 * be unique across all lessons, because a patient's answers and flags are kept by them. A bad file is a
 * packaging error, so it throws.
 */
export function loadLessonFolder(folder: string): Lesson[] {
  const names = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const lessons = names.map((name) =>
    readShippedJson(path.join(folder, name), LessonSchema, 'lesson'),
  );
  const lessonIds = new Set<string>();
  const owner = new Map<string, string>();
  for (const lesson of lessons) {
    if (lessonIds.has(lesson.id)) throw new Error(`Two lessons have the id "${lesson.id}"`);
    lessonIds.add(lesson.id);
    for (const id of [...lesson.sections.map((s) => s.id), ...lesson.checks.map((c) => c.id)]) {
      const other = owner.get(id);
      if (other !== undefined)
        throw new Error(`"${id}" is used in both lesson ${other} and lesson ${lesson.id}`);
      owner.set(id, lesson.id);
    }
  }
  return lessons;
}
