import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '@shared/i18n/languages';
import { languageOf, patientTexts, readJson as read } from '../../support/patient-texts';

/**
 * Words that soften a serious risk, which patient text never uses. The carrier virus is made not to cause illness,
 * but the body can still react to it, sometimes gravely, so it is never "harmless". A harm that can kill is said
 * plainly, never as "rarely … serious".
 */
const SOFTENING: Record<Language, RegExp> = {
  en: /\bharmless\b|\brarely\b[^.]*\bserious\b/i,
  es: /\binofensiv[oa]s?\b|\b(casos|veces) raros?\b[^.]*\bgrave\b/i,
  ar: /غير\s+ضار|حالات\s+نادرة[^.]*خطير|خطير[^.]*حالات\s+نادرة/,
  zh: /无害|少数情况下[^。]*严重/,
  vi: /vô hại|hiếm khi[^.]*nghiêm trọng/i,
  ru: /безвредн|(?<!\p{L})редк\p{L}*[^.]*серь[её]зн/iu,
  tl: /hindi nakapipinsala|walang panganib|\bbihira\b[^.]*\bmalubha/i,
  ko: /무해|해가 없|드물게[^.]*심각/,
};

describe('patient text never softens a risk', () => {
  it.each(LANGUAGES)('in %s: locale, protocol, lesson and glossary texts', (language) => {
    const softened = patientTexts(language).filter(([, text]) => SOFTENING[language].test(text));
    expect(softened).toEqual([]);
  });
});

/** How each language says that people have died, as the boxed liver warnings do (fact sheet rows Z10, E1). */
const DEATHS: Record<Language, RegExp> = {
  en: /\bdied\b/,
  es: /\bmuerto\b/,
  ar: /تُوفي/,
  zh: /死于/,
  vi: /tử vong/,
  ru: /умерл/,
  tl: /\bnamatay\b/,
  ko: /사망/,
};

describe('the risks lesson says plainly that liver harm has killed', () => {
  const risks = read('resources/lessons/04-risks.json') as {
    sections: Array<{ id: string; more: Record<string, string> }>;
  };
  const liver = risks.sections.find((section) => section.id === 'liver');

  it.each(Object.keys(liver?.more ?? {}))('in %s', (key) => {
    const language = languageOf(key) as Language;
    expect(liver?.more[key]).toMatch(DEATHS[language]);
  });
});
