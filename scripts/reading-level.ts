import path from 'node:path';
import { loadProtocolFolder } from '../src/main/checklist/example-protocols';
import { loadLessonFolder } from '../src/main/content/lesson-files';
import { lessonTexts } from '../src/shared/content/lesson';
import { readingLevel } from '../src/shared/reading-level';

/**
 * npm run reading-level: the English reading grade (Flesch-Kincaid) of each lesson, the general ones and each
 * example protocol's own. Patient text aims at grade 6 to 7; the tests fail above grade 8
 * (tests/unit/content/lessons.test.ts).
 */
const resources = path.resolve(import.meta.dirname, '..', 'resources');
const protocols = loadProtocolFolder(path.join(resources, 'protocols'));
const lessons = [...loadLessonFolder(path.join(resources, 'lessons')), ...protocols.flatMap((protocol) => protocol.lessons ?? [])];
for (const lesson of lessons) {
  const level = readingLevel(lessonTexts(lesson).map((text) => text.en).join(' '));
  console.log(`${lesson.id.padEnd(28)} grade ${level?.grade.toFixed(1) ?? '—'}  (${level?.words ?? 0} words)`);
}
