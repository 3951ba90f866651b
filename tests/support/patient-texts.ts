import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGES, type Language } from '@shared/i18n/languages';
import { isTermList } from '@shared/i18n/locale-resources';
import { localizedTexts } from './localized-texts';

/** Folders whose JSON files hold per-language patient text. */
export const CONTENT_FOLDERS = [
  'resources/protocols',
  'resources/lessons',
  'resources/glossary',
  'resources/warning-signs',
];

export const jsonFiles = (folder: string) =>
  readdirSync(path.resolve(folder))
    .filter((name) => name.endsWith('.json'))
    .map((name) => path.join(folder, name));
export const readJson = (file: string): unknown =>
  JSON.parse(readFileSync(path.resolve(file), 'utf8'));

/** The language of a text's key: "es" and "es_child" are Spanish. */
export const languageOf = (key: string) =>
  LANGUAGES.find((language) => key === language || key.startsWith(`${language}_`));

/** Every string in a locale file, with its key path. */
export function localeStrings(value: unknown, where = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[where, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => localeStrings(child, `${where}.${key}`));
}

/** Every text a patient may read in one language (locale files and content files), as [where, text]. */
export function patientTexts(language: Language): Array<[string, string]> {
  const locale = jsonFiles(`locales/${language}`)
    .filter((file) => !isTermList(file))
    .flatMap((file) =>
      localeStrings(readJson(file)).map(([where, text]): [string, string] => [
        `${file}${where}`,
        text,
      ]),
    );
  const content = CONTENT_FOLDERS.flatMap(jsonFiles).flatMap((file) =>
    localizedTexts(readJson(file)).flatMap(([where, texts]) =>
      Object.entries(texts).flatMap(([key, text]): Array<[string, string]> =>
        languageOf(key) === language && typeof text === 'string'
          ? [[`${file}${where}.${key}`, text]]
          : [],
      ),
    ),
  );
  return [...locale, ...content];
}
