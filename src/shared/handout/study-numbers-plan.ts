import { formatCalendarDate } from '@shared/dates/calendar-date';
import type { Translate } from '@shared/i18n/i18n-setup';
import type { Language } from '@shared/i18n/languages';
import type { StudyNumber, StudyNumberEffect } from '@shared/protocol/study-numbers';
import type { LocalizedText } from '@shared/schemas/localized-text';
import { studyNumberWords } from '@shared/protocol/study-number-words';

/** One side, good results or harms: its numbers, or a line saying to ask for them when it has none. */
export interface StudyNumberSide {
  effect: StudyNumberEffect;
  heading: string;
  items: Array<{ id: string; text: string; details: string[] }>;
  none: string | null;
}

/** The protocol's numbers from the studies as the review lists them and the handout prints them. */
export interface StudyNumbersPlan {
  heading: string;
  intro: string;
  /** Good results, then harms: always both, so a reader never sees one without the other. */
  sides: [StudyNumberSide, StudyNumberSide];
  notOnePerson: string;
}

const NONE_KEYS = {
  benefit: 'checklist:studyNumbers.noBenefits',
  harm: 'checklist:studyNumbers.noHarms',
} as const;
const HEADING_KEYS = {
  benefit: 'checklist:studyNumbers.benefits',
  harm: 'checklist:studyNumbers.harms',
} as const;

/** Null for a protocol without sourced numbers: nothing is said rather than a number made up. */
export function planStudyNumbers(
  numbers: readonly StudyNumber[] | undefined,
  language: Language,
  t: Translate,
  text: (value: LocalizedText) => string,
  typed: (value: string) => string = (value) => value,
): StudyNumbersPlan | null {
  if (!numbers || numbers.length === 0) return null;
  const side = (effect: StudyNumberEffect): StudyNumberSide => {
    const items = numbers
      .filter((n) => n.effect === effect)
      .map((n) => ({
        id: n.id,
        text: text(n.result),
        details: [
          studyNumberWords(n.count, n.outOf, t),
          t('checklist:studyNumbers.group', { group: text(n.group) }),
          t('checklist:studyNumbers.source', {
            citation: typed(n.source.citation),
            date: formatCalendarDate(n.source.checkedOn, language),
          }),
        ],
      }));
    return {
      effect,
      heading: t(HEADING_KEYS[effect]),
      items,
      none: items.length === 0 ? t(NONE_KEYS[effect]) : null,
    };
  };
  return {
    heading: t('checklist:studyNumbers.heading'),
    intro: t('checklist:studyNumbers.intro'),
    sides: [side('benefit'), side('harm')],
    notOnePerson: t('checklist:studyNumbers.notOnePerson'),
  };
}
