import path from 'node:path';
import { loadLessonFolder } from '../src/main/content/lesson-files';
import { lessonTexts } from '../src/shared/content/lesson';
import { readingLevel } from '../src/shared/reading-level';

/**
 * npm run reading-level: the English reading grade (Flesch-Kincaid) of each lesson. Patient text aims at grade
 * 6 to 7; the tests fail above grade 8 (tests/unit/content/lessons.test.ts).
 */
const lessons = loadLessonFolder(path.resolve(import.meta.dirname, '..', 'resources', 'lessons'));
for (const lesson of lessons) {
  const level = readingLevel(lessonTexts(lesson).map((text) => text.en).join(' '));
  console.log(`${lesson.id.padEnd(28)} grade ${level?.grade.toFixed(1) ?? '—'}  (${level?.words ?? 0} words)`);
}
