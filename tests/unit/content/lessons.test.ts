import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../src/main/protocol/example-protocols';
import { loadLessonFolder } from '../../../src/main/content/lesson-files';
import { lessonTexts } from '@shared/content/lesson';
import { PATIENT_TEXT_GRADE_LIMIT, readingLevel } from '@shared/content/reading-level';
import { makeTempDir } from '../../support/temp-dir';

const lessons = loadLessonFolder(path.resolve('resources/lessons'));
const protocols = loadProtocolFolder(path.resolve('resources/protocols'));
/** Every lesson a patient may read: the general ones and each shipped protocol's own. */
const everyLesson = [...lessons, ...protocols.flatMap((protocol) => protocol.lessons ?? [])];

describe('the shipped lessons', () => {
  it('cover every topic of the walkthrough, in order', () => {
    expect(lessons.map((l) => l.id)).toEqual([
      'what-is-gene-therapy',
      'how-it-gets-in',
      'what-it-can-do',
      'risks',
      'first-days',
      'higher-risk',
      'results-and-follow-up',
      'helping-it-work',
      'cost-and-trials',
      'deciding',
      'after-treatment-safety',
      'help-and-your-rights',
      'family-genes-and-research',
    ]);
  });

  it.each(everyLesson.map((l) => [l.id, l] as const))(
    `%s reads at grade ${PATIENT_TEXT_GRADE_LIMIT} or below in English`,
    (_id, lesson) => {
      const level = readingLevel(
        lessonTexts(lesson)
          .map((text) => text.en)
          .join(' '),
      );
      expect(level?.grade ?? 99).toBeLessThanOrEqual(PATIENT_TEXT_GRADE_LIMIT);
    },
  );

  it.each(everyLesson.map((l) => [l.id, l] as const))(
    '%s gives every section a source and a checked-on date, and one or two teach-back questions',
    (_id, lesson) => {
      for (const section of lesson.sections) {
        expect(section.source.citation.length).toBeGreaterThan(5);
        expect(section.source.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      expect(lesson.checks.length).toBeGreaterThanOrEqual(1);
      expect(lesson.checks.length).toBeLessThanOrEqual(2);
    },
  );
});

describe("a protocol's own lessons", () => {
  it('are shipped for at least one therapy, and never reuse an id of the general lessons or of each other', () => {
    expect(protocols.some((protocol) => (protocol.lessons ?? []).length > 0)).toBe(true);
    const ids = everyLesson.flatMap((lesson) => [
      lesson.id,
      ...lesson.sections.map((s) => s.id),
      ...lesson.checks.map((c) => c.id),
    ]);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });
});

describe('reading lessons', () => {
  it('refuses two lessons that share a section id, since answers and flags are kept by it', () => {
    const { dir, cleanup } = makeTempDir();
    try {
      const [first] = lessons;
      if (!first) throw new Error('no lessons');
      writeFileSync(path.join(dir, '01-a.json'), JSON.stringify(first));
      writeFileSync(
        path.join(dir, '02-b.json'),
        JSON.stringify({ ...first, id: 'another-lesson' }),
      );
      expect(() => loadLessonFolder(dir)).toThrow(/is used in both lesson/);
    } finally {
      cleanup();
    }
  });

  it('names the file and the place of a problem', () => {
    const { dir, cleanup } = makeTempDir();
    try {
      writeFileSync(path.join(dir, '01-bad.json'), JSON.stringify({ ...lessons[0], checks: [] }));
      expect(() => loadLessonFolder(dir)).toThrow(
        /01-bad\.json is not a valid lesson:\n {2}checks/,
      );
    } finally {
      cleanup();
    }
  });
});
