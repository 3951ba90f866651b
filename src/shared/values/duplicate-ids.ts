import type { FileProblem } from '@shared/schemas/file-results';
import type { HandoutPatient } from '@shared/schemas/session';

/** Each id after its first use in one list, with where it is and where it was first. */
function repeats(ids: ReadonlyArray<{ id: string; location: string }>): FileProblem[] {
  const first = new Map<string, string>();
  return ids.flatMap(({ id, location }) => {
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, location);
      return [];
    }
    return [{ location, message: `"${id}" is already used at ${earlier}` }];
  });
}

/**
 * Ids a patient's answers use twice: medicines, the questions on the list (chosen and own share one list, and the
 * top three names them by id), the top three and the flagged lesson parts. Which one an id means would be a guess.
 */
export function duplicateIds(
  answers: Partial<Pick<HandoutPatient, 'medicines' | 'questions' | 'flagged'>>,
  where = '',
): FileProblem[] {
  const questions = answers.questions ?? { chosen: [], own: [], topThree: [] };
  const at = (list: string) => (id: string, index: number) => ({
    id,
    location: `${where}${list}[${index}]`,
  });
  const idAt =
    (list: string) =>
    ({ id }: { id: string }, index: number) => ({ id, location: `${where}${list}[${index}].id` });
  return [
    ...repeats((answers.medicines ?? []).map(idAt('medicines'))),
    ...repeats([
      ...questions.chosen.map(at('questions.chosen')),
      ...questions.own.map(idAt('questions.own')),
    ]),
    ...repeats(questions.topThree.map(at('questions.topThree'))),
    ...repeats((answers.flagged ?? []).map(at('flagged'))),
  ];
}
