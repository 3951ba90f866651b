import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../src/shared/languages';
import { localizedTexts } from '../../support/localized-texts';
import { CONTENT_FOLDERS, jsonFiles, languageOf, localeStrings, readJson as read } from '../../support/patient-texts';

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
};

describe('patient text never softens a risk', () => {
  it.each(CONTENT_FOLDERS.flatMap(jsonFiles))('%s', (file) => {
    const softened = localizedTexts(read(file)).flatMap(([where, text]) =>
      Object.entries(text).flatMap(([key, value]) => {
        const language = languageOf(key);
        return language && typeof value === 'string' && SOFTENING[language].test(value) ? [`${where}.${key}: ${value}`] : [];
      }),
    );
    expect(softened).toEqual([]);
  });

  it.each(LANGUAGES)('the %s locale files', (language) => {
    const softened = jsonFiles(`locales/${language}`).flatMap((file) =>
      localeStrings(read(file)).filter(([, value]) => SOFTENING[language].test(value)).map(([where, value]) => `${file}${where}: ${value}`),
    );
    expect(softened).toEqual([]);
  });
});

/** How each language says that people have died, as the boxed liver warnings do (fact sheet rows Z10, E1). */
const DEATHS: Record<Language, RegExp> = { en: /\bdied\b/, es: /\bmuerto\b/, ar: /تُوفي/, zh: /死于/ };

describe('the risks lesson says plainly that liver harm has killed', () => {
  const risks = read('resources/lessons/04-risks.json') as { sections: Array<{ id: string; more: Record<string, string> }> };
  const liver = risks.sections.find((section) => section.id === 'liver');

  it.each(Object.keys(liver?.more ?? {}))('in %s', (key) => {
    const language = languageOf(key) as Language;
    expect(liver?.more[key]).toMatch(DEATHS[language]);
  });
});
