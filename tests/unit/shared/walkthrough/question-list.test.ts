import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { translatorsFrom } from '../../../../src/main/i18n/translators';
import type { Lesson } from '@shared/content/lesson';
import { lessonQuestionId, questionList } from '@shared/walkthrough/question-list';
import { resolveText, type LocalizedText } from '@shared/schemas/localized-text';
import { emptySession, type PatientSession } from '@shared/schemas/session';

const protocol = loadProtocolFolder(path.resolve('resources/protocols')).find(
  (p) => p.id === 'example-car-t',
)!;
const t = translatorsFrom(path.resolve('locales'))('en');
const text = (value: LocalizedText) => resolveText(value, 'en').text;
const source = {
  kind: 'secondary' as const,
  citation: 'test fixture',
  secondaryReason: 'test fixture',
  checkedOn: '2026-12-01',
};
const option = (id: string, correct: boolean) => ({ id, text: { en: id }, correct });
const lesson = (id: string, title: string, sections: string[]): Lesson => ({
  kind: 'gene-therapy-companion.lesson',
  formatVersion: 1,
  isExample: true,
  id,
  version: 1,
  title: { en: title },
  keyPoints: [{ en: 'A point.' }],
  sections: sections.map((s) => ({
    id: s,
    heading: { en: `Part ${s}` },
    summary: { en: 'Summary.' },
    source,
  })),
  checks: [
    {
      id: `${id}-check`,
      question: { en: 'Q?' },
      options: [option('a', true), option('b', false)],
      explanation: { en: 'E' },
      sectionId: sections[0]!,
    },
  ],
});
const lessons = [lesson('basics', 'Basics', ['what', 'how']), lesson('risks', 'Risks', ['liver'])];
const [first, second] = protocol.questions;
const answers = (questions: Partial<PatientSession['questions']>, flagged: string[] = []) => ({
  questions: { ...emptySession('en').questions, ...questions },
  flagged,
});
const asked = (part: string, title: string) =>
  t('handout:lessonQuestion', { part: `Part ${part}`, lesson: title });

describe('the questions list', () => {
  it('holds the picked questions in the checklist order, then the own ones, then the marked lesson parts in lesson order', () => {
    const list = questionList(
      protocol.questions,
      lessons,
      answers({ chosen: [second!.id, first!.id], own: [{ id: 'own-1', text: 'Mine?' }] }, [
        'liver',
        'what',
      ]),
      text,
      t,
    );
    expect(list.items).toEqual([
      { id: first!.id, text: text(first!.text), source: 'bank' },
      { id: second!.id, text: text(second!.text), source: 'bank' },
      { id: 'own-1', text: 'Mine?', source: 'own' },
      { id: lessonQuestionId('what'), text: asked('what', 'Basics'), source: 'lesson' },
      { id: lessonQuestionId('liver'), text: asked('liver', 'Risks'), source: 'lesson' },
    ]);
    expect(list.top).toEqual([]);
    expect(list.rest).toEqual(list.items);
  });

  it('puts a marked lesson part in the top three, in the order chosen, and the rest after', () => {
    const list = questionList(
      protocol.questions,
      lessons,
      answers({ chosen: [first!.id], topThree: [lessonQuestionId('liver'), first!.id] }, [
        'liver',
        'how',
      ]),
      text,
      t,
    );
    expect(list.top.map((q) => q.id)).toEqual([lessonQuestionId('liver'), first!.id]);
    expect(list.rest.map((q) => q.id)).toEqual([lessonQuestionId('how')]);
  });

  it('leaves out of the top three an id that points at nothing: a part no longer marked, a question not picked, one given twice', () => {
    const list = questionList(
      protocol.questions,
      lessons,
      answers(
        {
          topThree: [
            lessonQuestionId('liver'),
            second!.id,
            lessonQuestionId('what'),
            lessonQuestionId('what'),
          ],
        },
        ['what'],
      ),
      text,
      t,
    );
    expect(list.top.map((q) => q.id)).toEqual([lessonQuestionId('what')]);
    expect(list.items).toHaveLength(1);
  });

  it('never mistakes a lesson part for a checklist question that has the same id', () => {
    const list = questionList(
      protocol.questions,
      [lesson('l', 'L', [first!.id])],
      answers({ topThree: [first!.id] }, [first!.id]),
      text,
      t,
    );
    expect(list.top).toEqual([]);
    expect(list.items.map((q) => q.source)).toEqual(['lesson']);
  });
});
