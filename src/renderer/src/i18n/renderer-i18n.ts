import type { i18n, Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { createI18n, NAMESPACES } from '@shared/i18n/i18n-setup';
import { z } from 'zod';
import { FALLBACK_LANGUAGE, LANGUAGES, type Language } from '@shared/i18n/languages';
import { localeFileLanguage, localeResources } from '@shared/i18n/locale-resources';
import names from 'virtual:language-names';

// Bundled at build time from the same locales/ folder main reads for the handout; the term lists stay out. Each
// file is a chunk of its own, loaded when its language is chosen: a start parses one language, not every one.
const files = import.meta.glob<unknown>(['../../../../locales/*/*.json', '!../../../../locales/*/terms.json'], { import: 'default' });

const LanguageNameSchema = z.string().min(1);

/** Loads the files of the given languages; a file asked for again is the same load (the module cache's). */
function loadFiles(languages: readonly Language[]) {
  const wanted = new Set<string>(languages);
  return Object.entries(files)
    .filter(([file]) => wanted.has(localeFileLanguage(file)))
    .map(async ([file, load]) => [file, await load()] as const);
}

/** Starts loading a language's words before they are needed, so they are there when the app asks for them. */
export function startLoadingLanguage(language: Language): void {
  // Only started here; a failure is reported where the words are awaited.
  for (const load of loadFiles([language])) load.catch(() => undefined);
}

/** The given languages' resources, with the fallback language's, so a key missing in one still reads in English. */
async function resourcesOf(language: Language): Promise<Resource> {
  return localeResources(await Promise.all(loadFiles([language, FALLBACK_LANGUAGE])));
}

/** Each language's name alone, for the languages not loaded yet. */
function languageNames(): Resource {
  return localeResources(LANGUAGES.map((language) => [`${language}/app.json`, { languageName: LanguageNameSchema.parse(names[language]) }] as const));
}

/** The renderer's i18next, with `language` (and the fallback) loaded in full and every language's name. */
export async function createRendererI18n(language: Language): Promise<i18n> {
  return createI18n({ ...languageNames(), ...(await resourcesOf(language)) }, language, [initReactI18next]);
}

/** Loads `language` into the app's i18next if it is not loaded yet; switching to it is then immediate. */
export async function loadLanguage(instance: i18n, language: Language): Promise<void> {
  if (!NAMESPACES.every((namespace) => instance.hasResourceBundle(language, namespace))) {
    const resources = await resourcesOf(language);
    for (const [loaded, namespaces] of Object.entries(resources)) {
      for (const [namespace, bundle] of Object.entries(namespaces)) instance.addResourceBundle(loaded, namespace, bundle, true, true);
    }
  }
}
