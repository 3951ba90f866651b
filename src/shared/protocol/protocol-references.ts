import type { FileProblem } from '@shared/schemas/file-results';
import type { HandoutPatient } from '@shared/schemas/session';
import { lessonQuestionId } from '@shared/walkthrough/question-list';
import type { Protocol } from './protocol';

/**
 * Key dates, tests and questions a patient's answers name that the protocol does not have, and top-three ids
 * that point at no question on the list: each would be silently left off the handout, so whoever gave them is
 * told instead.
 */
export function unknownProtocolReferences(
  protocol: Pick<Protocol, 'id' | 'keyDates' | 'tests' | 'questions'>,
  answers: Partial<Pick<HandoutPatient, 'keyDates' | 'tests' | 'questions' | 'flagged'>>,
  where = '',
): FileProblem[] {
  const keyDates = new Set(protocol.keyDates.map((keyDate) => keyDate.id));
  const tests = new Set(protocol.tests.map((test) => test.id));
  const bank = new Set(protocol.questions.map((question) => question.id));
  const questions = answers.questions ?? { chosen: [], own: [], topThree: [] };
  const listed = new Set([
    ...questions.chosen.filter((id) => bank.has(id)),
    ...questions.own.map((own) => own.id),
    ...(answers.flagged ?? []).map(lessonQuestionId),
  ]);
  const inProtocol = `in protocol ${protocol.id}`;
  return [
    ...Object.keys(answers.keyDates ?? {}).flatMap((id) =>
      keyDates.has(id)
        ? []
        : [{ location: `${where}keyDates.${id}`, message: `no such key date ${inProtocol}` }],
    ),
    ...Object.keys(answers.tests ?? {}).flatMap((id) =>
      tests.has(id)
        ? []
        : [{ location: `${where}tests.${id}`, message: `no such test ${inProtocol}` }],
    ),
    ...questions.chosen.flatMap((id, index) =>
      bank.has(id)
        ? []
        : [
            {
              location: `${where}questions.chosen[${index}]`,
              message: `no such question ${inProtocol}`,
            },
          ],
    ),
    ...questions.topThree.flatMap((id, index) =>
      listed.has(id)
        ? []
        : [
            {
              location: `${where}questions.topThree[${index}]`,
              message: `"${id}" is none of the questions on the list (chosen, own, or a flagged lesson part as "lesson-<part id>")`,
            },
          ],
    ),
  ];
}
