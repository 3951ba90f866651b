import type { Lesson } from '@shared/content/lesson';
import type { Translate } from '@shared/i18n/i18n-setup';
import type { Protocol } from '@shared/protocol/protocol';
import type { LocalizedText } from '@shared/schemas/localized-text';
import type { PatientSession } from '@shared/schemas/session';

/** One question on the list: `own` is typed by the person, so its own direction decides its order. */
export interface ListedQuestion {
  id: string;
  text: string;
  source: 'bank' | 'own' | 'lesson';
}

/** The questions to take to the care team: all of them in list order, and the same split into the top three and the rest. */
export interface QuestionList {
  items: ListedQuestion[];
  top: ListedQuestion[];
  rest: ListedQuestion[];
}

/**
 * The id a lesson part marked "ask my team about this" has on the list and in the top three. Apart from the
 * protocol's question ids, which a clinic chooses and which could equal a lesson part's.
 */
export function lessonQuestionId(sectionId: string): string {
  return `lesson-${sectionId}`;
}

/**
 * What the questions list holds, for the questions step, the review and the handout alike: the protocol's
 * questions the person picked (in the protocol's order), their own, then the lesson parts they marked "ask my
 * team about this" (in lesson order); the top three in the order chosen, ids that point at nothing left out.
 */
export function questionList(
  bank: Protocol['questions'],
  lessons: readonly Lesson[],
  { questions, flagged }: Pick<PatientSession, 'questions' | 'flagged'>,
  text: (value: LocalizedText) => string,
  t: Translate,
): QuestionList {
  const items: ListedQuestion[] = [
    ...bank
      .filter((q) => questions.chosen.includes(q.id))
      .map((q): ListedQuestion => ({ id: q.id, text: text(q.text), source: 'bank' })),
    ...questions.own.map((q): ListedQuestion => ({ id: q.id, text: q.text, source: 'own' })),
    ...lessons.flatMap((lesson) =>
      lesson.sections
        .filter((section) => flagged.includes(section.id))
        .map((section): ListedQuestion => ({
          id: lessonQuestionId(section.id),
          text: t('handout:lessonQuestion', {
            part: text(section.heading),
            lesson: text(lesson.title),
          }),
          source: 'lesson',
        })),
    ),
  ];
  const byId = new Map(items.map((q) => [q.id, q]));
  const top = [...new Set(questions.topThree)].flatMap((id) => byId.get(id) ?? []);
  return { items, top, rest: items.filter((q) => !top.includes(q)) };
}
