import type { Translate } from '@shared/i18n/i18n-setup';
import type { Protocol } from '@shared/protocol/protocol';
import { StudyCountSchema, type StudyNumber } from '@shared/protocol/study-numbers';
import { studyNumberWords } from '@shared/protocol/study-number-words';

/** The draft with these numbers; with none left the field goes, as in a protocol that never had it. */
export function withStudyNumbers(draft: Protocol, studyNumbers: StudyNumber[]): Protocol {
  if (studyNumbers.length > 0) return { ...draft, studyNumbers };
  const next = { ...draft };
  delete next.studyNumbers;
  return next;
}

/**
 * The words a patient will read for this count ("29 of 31 people in the study (about 94 out of 100)"), or null
 * while it is not a count the protocol can be saved with (a half person, more than were counted, a cleared field).
 */
export function studyCountPreview(
  number: Pick<StudyNumber, 'count' | 'outOf'>,
  t: Translate,
): string | null {
  return StudyCountSchema.safeParse(number).success
    ? studyNumberWords(number.count, number.outOf, t)
    : null;
}
