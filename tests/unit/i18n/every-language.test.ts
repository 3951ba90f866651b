import { describe, expect, it } from 'vitest';
import { unprintableCharacters } from '@shared/handout/unprintable-characters';
import { LANGUAGES } from '@shared/i18n/languages';
import { VOICES } from '@shared/i18n/voice';
import { localizedTexts } from '../../support/localized-texts';
import { CONTENT_FOLDERS, jsonFiles, patientTexts, readJson } from '../../support/patient-texts';

/**
 * Shipped content (lessons, protocols, the glossary, the warning signs) in every shipped language, and in no other:
 * a text, a voice form or a glossary word written for some languages and not the rest fails here, by file and
 * path, whichever language it is missing in. The locale files are held to English's keys, placeholders and plural
 * forms in locales.test.ts; the term lists in term-list.test.ts.
 */
const FORMS = VOICES.filter((voice) => voice !== 'self');
const SHIPPED_KEYS = new Set(
  LANGUAGES.flatMap((language) => [language, ...FORMS.map((form) => `${language}_${form}`)]),
);
const files = CONTENT_FOLDERS.flatMap(jsonFiles);

/** What one per-language text lacks, or has too much of, as "file.path (key)". */
function gaps(where: string, text: Record<string, unknown>): string[] {
  const has = (key: string) => typeof text[key] === 'string' && text[key].trim() !== '';
  const missing = LANGUAGES.filter((language) => !has(language));
  // A form for a voice, once written in one language, is owed in every language.
  const voiced = FORMS.filter((form) => LANGUAGES.some((language) => has(`${language}_${form}`)));
  const missingForms = voiced.flatMap((form) =>
    LANGUAGES.map((language) => `${language}_${form}`).filter((key) => !has(key)),
  );
  const stray = Object.keys(text).filter((key) => !SHIPPED_KEYS.has(key));
  return [...missing, ...missingForms, ...stray.map((key) => `${key}, not a shipped language`)].map(
    (key) => `${where} (${key})`,
  );
}

/** The glossary's words to find in a text, one list per language. */
function glossaryWordGaps(file: string): string[] {
  const glossary = readJson(file) as {
    entries?: Array<{ id: string; matches: Record<string, unknown> }>;
  };
  return (glossary.entries ?? []).flatMap(({ id, matches }) => [
    ...LANGUAGES.filter(
      (language) =>
        !Array.isArray(matches[language]) || (matches[language] as unknown[]).length === 0,
    ).map((language) => `${file} ${id} matches (${language})`),
    ...Object.keys(matches)
      .filter((key) => !(LANGUAGES as readonly string[]).includes(key))
      .map((key) => `${file} ${id} matches (${key}, not a shipped language)`),
  ]);
}

describe('every shipped text, in every shipped language', () => {
  it('finds the content files and their texts', () => {
    expect(files.length).toBeGreaterThan(15);
    expect(files.flatMap((file) => localizedTexts(readJson(file))).length).toBeGreaterThan(600);
  });

  it.each(files)(
    '%s: every text and every voice form is in every language, and no other',
    (file) => {
      expect(
        localizedTexts(readJson(file)).flatMap(([where, text]) => gaps(`${file}${where}`, text)),
      ).toEqual([]);
    },
  );

  it.each(files.filter((file) => file.includes('glossary')))(
    '%s: every entry has words to find in every language',
    (file) => {
      expect(glossaryWordGaps(file)).toEqual([]);
    },
  );
});

/** The handout prints with resources/fonts, and the screens draw with the same files (styles.css). */
describe('the fonts the app ships', () => {
  it.each(LANGUAGES)('draw every character of the %s text', (language) => {
    const undrawn = patientTexts(language).flatMap(([where, text]) =>
      unprintableCharacters(text).map(
        (ch) => `${where}: U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()}`,
      ),
    );
    expect(undrawn).toEqual([]);
  });
});

describe('the rule', () => {
  it.each([
    [
      'a text missing in one language',
      Object.fromEntries(LANGUAGES.filter((l) => l !== 'vi').map((l) => [l, 'a'])),
      ['x (vi)'],
    ],
    [
      'a voice form missing in one language',
      {
        ...Object.fromEntries(LANGUAGES.map((l) => [l, 'a'])),
        ...Object.fromEntries(LANGUAGES.filter((l) => l !== 'es').map((l) => [`${l}_child`, 'b'])),
      },
      ['x (es_child)'],
    ],
    [
      'an empty text',
      { ...Object.fromEntries(LANGUAGES.map((l) => [l, 'a'])), vi: ' ' },
      ['x (vi)'],
    ],
    // qaa is a private-use code: no language the app will ship.
    [
      'a language not shipped',
      { ...Object.fromEntries(LANGUAGES.map((l) => [l, 'a'])), qaa: 'a' },
      ['x (qaa, not a shipped language)'],
    ],
  ] as const)('reports %s', (_what, text, expected) => {
    expect(gaps('x', text)).toEqual(expected);
  });
});
