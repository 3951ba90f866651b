import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../src/shared/languages';
import { isTermList } from '../../../src/shared/locale-resources';
import { localizedTexts } from '../../support/localized-texts';
import { readTermList } from '../../support/term-list';

/**
 * Each language's term list (locales/<lang>/terms.json) names renderings that mislead a patient: a cold-medicine
 * brand for a single medicine, "give first aid" for "get emergency care", "pregnant woman" for the carrier virus.
 * No patient text may use them.
 */
const CONTENT_FOLDERS = ['resources/protocols', 'resources/lessons', 'resources/glossary'];
const jsonFiles = (folder: string) => readdirSync(path.resolve(folder)).filter((name) => name.endsWith('.json')).map((name) => path.join(folder, name));
const read = (file: string): unknown => JSON.parse(readFileSync(path.resolve(file), 'utf8'));
const withTermList = LANGUAGES.filter((language) => existsSync(path.resolve('locales', language, 'terms.json')));

/** The language of a text's key: "es" and "es_child" are Spanish. */
const languageOf = (key: string) => LANGUAGES.find((language) => key === language || key.startsWith(`${language}_`));

/** Every string in a locale file, with its key path. */
function localeStrings(value: unknown, where = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[where, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => localeStrings(child, `${where}.${key}`));
}

/** Every patient text in one language, as [where, text]. */
function patientTexts(language: Language): Array<[string, string]> {
  const locale = jsonFiles(`locales/${language}`)
    .filter((file) => !isTermList(file))
    .flatMap((file) => localeStrings(read(file)).map(([where, text]): [string, string] => [`${file}${where}`, text]));
  const content = CONTENT_FOLDERS.flatMap(jsonFiles).flatMap((file) =>
    localizedTexts(read(file)).flatMap(([where, texts]) =>
      Object.entries(texts).flatMap(([key, text]): Array<[string, string]> =>
        languageOf(key) === language && typeof text === 'string' ? [[`${file}${where}.${key}`, text]] : [],
      ),
    ),
  );
  return [...locale, ...content];
}

describe('term lists', () => {
  it('exist for every language but English', () => {
    expect(withTermList).toEqual(LANGUAGES.filter((language) => language !== 'en'));
  });

  describe.each(withTermList)('%s patient text', (language) => {
    const texts = patientTexts(language);
    const rules = readTermList(language).terms.flatMap((term) => term.never.map((never) => ({ ...never, regex: new RegExp(never.pattern, 'iu') })));

    it('is found (the walk reads the files)', () => {
      expect(texts.length).toBeGreaterThan(500);
    });

    it.each(rules.map((rule) => [rule.text, rule] as const))('never says %s', (_text, rule) => {
      expect(texts.filter(([, text]) => rule.regex.test(text)).map(([where, text]) => `${where}: ${text}`)).toEqual([]);
    });
  });
});
