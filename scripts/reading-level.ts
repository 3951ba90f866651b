import path from 'node:path';
import { loadProtocolFolder } from '../src/main/protocol/example-protocols';
import { loadLessonFolder } from '../src/main/content/lesson-files';
import { lessonTexts } from '@shared/content/lesson';
import { PATIENT_TEXT_GRADE_LIMIT, readingLevel } from '@shared/content/reading-level';

/**
 * npm run reading-level: the English reading grade (Flesch-Kincaid) of each lesson, the general ones and each
 * example protocol's own. It fails, as tests/unit/content/lessons.test.ts does, where a lesson reads above
 * PATIENT_TEXT_GRADE_LIMIT, and names it.
 */
const resources = path.resolve(import.meta.dirname, '..', 'resources');
const protocols = loadProtocolFolder(path.join(resources, 'protocols'));
const lessons = [
  ...loadLessonFolder(path.join(resources, 'lessons')),
  ...protocols.flatMap((protocol) => protocol.lessons ?? []),
];
for (const lesson of lessons) {
  const level = readingLevel(
    lessonTexts(lesson)
      .map((text) => text.en)
      .join(' '),
  );
  const over = (level?.grade ?? 0) > PATIENT_TEXT_GRADE_LIMIT;
  if (over) process.exitCode = 1;
  console.log(
    `${lesson.id.padEnd(28)} grade ${level?.grade.toFixed(1) ?? '—'}  (${level?.words ?? 0} words)${over ? `  above grade ${PATIENT_TEXT_GRADE_LIMIT}` : ''}`,
  );
}
