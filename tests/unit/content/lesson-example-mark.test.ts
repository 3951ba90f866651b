import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../src/main/protocol/example-protocols';
import { loadLessonFolder } from '../../../src/main/content/lesson-files';
import { lessonsForProtocol } from '@shared/content/lessons-for-protocol';
import { makeTempDir } from '../../support/temp-dir';

const lessons = loadLessonFolder(path.resolve('resources/lessons'));
const sma = loadProtocolFolder(path.resolve('resources/protocols')).find(
  (protocol) => (protocol.lessons ?? []).length > 0,
);
if (!sma) throw new Error('no shipped protocol has lessons of its own');
const ownLessonIds = new Set((sma.lessons ?? []).map((lesson) => lesson.id));

/** Lessons are examples a clinician must review, as the shipped protocols are; the lessons step says so on each. */
describe('the example mark on lessons', () => {
  it('is on every shipped lesson', () => {
    expect(lessons.filter((lesson) => !lesson.isExample).map((lesson) => lesson.id)).toEqual([]);
  });

  it('is required in a lesson file: a file that does not say is refused, never taken as reviewed', () => {
    const { dir, cleanup } = makeTempDir();
    try {
      const unmarked: Record<string, unknown> = { ...lessons[0] };
      delete unmarked.isExample;
      writeFileSync(path.join(dir, '01-unmarked.json'), JSON.stringify(unmarked));
      expect(() => loadLessonFolder(dir)).toThrow(
        /01-unmarked\.json is not a valid lesson:\n {2}isExample/,
      );
    } finally {
      cleanup();
    }
  });

  it("follows the protocol on the protocol's own lessons, both ways", () => {
    for (const isExample of [true, false]) {
      const own = lessonsForProtocol(lessons, { ...sma, isExample }).filter((lesson) =>
        ownLessonIds.has(lesson.id),
      );
      expect(own.length).toBeGreaterThan(0);
      expect(own.map((lesson) => lesson.isExample)).toEqual(own.map(() => isExample));
    }
  });

  it('keeps the general lessons marked whatever the protocol says about itself', () => {
    const general = lessonsForProtocol(lessons, { ...sma, isExample: false }).filter(
      (lesson) => !ownLessonIds.has(lesson.id),
    );
    expect(general.length).toBeGreaterThan(0);
    expect(general.every((lesson) => lesson.isExample)).toBe(true);
  });
});
