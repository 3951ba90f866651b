import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLessonFolder } from '../../../src/main/content/lesson-files';

/** The rows of docs/content-facts.md (D1, D2, …), the facts the lessons use beyond the shared fact sheet. */
const rows = new Set(
  [
    ...readFileSync(path.resolve('docs/content-facts.md'), 'utf8').matchAll(/^\| (D\d+) \|/gm),
  ].flatMap((match) => (match[1] ? [match[1]] : [])),
);
const lessons = loadLessonFolder(path.resolve('resources/lessons'));
/** Every "content facts D3" or "content-facts.md D1, D5" a lesson part's source names. */
const cited = lessons.flatMap((lesson) =>
  lesson.sections.flatMap((section) =>
    [
      ...`${section.source.citation} ${section.source.reviewerNote ?? ''}`.matchAll(
        /content[ -]facts(?:\.md)? (D\d+(?:, D\d+)*)/g,
      ),
    ].flatMap((match) =>
      (match[1] ?? '').split(', ').map((id) => ({ where: `${lesson.id}/${section.id}`, id })),
    ),
  ),
);

describe('the content facts the lessons cite', () => {
  it('are cited at all', () => {
    expect(cited.length).toBeGreaterThan(0);
  });

  it('each name a row of docs/content-facts.md', () => {
    expect(cited.filter(({ id }) => !rows.has(id))).toEqual([]);
  });

  it('leave no row uncited', () => {
    const used = new Set(cited.map(({ id }) => id));
    expect([...rows].filter((id) => !used.has(id))).toEqual([]);
  });
});
