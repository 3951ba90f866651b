import type { i18n, Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { createI18n, NAMESPACES } from '@shared/i18n/i18n-setup';
import { FALLBACK_LANGUAGE, LANGUAGES, type Language } from '@shared/i18n/languages';
import { localeResources } from '@shared/i18n/locale-resources';
import names from 'virtual:language-names';
import { loadLocaleFiles } from './locale-files';

/** The given languages' resources, with the fallback language's, so a key missing in one still reads in English. */
async function resourcesOf(language: Language): Promise<Resource> {
  return localeResources(await Promise.all(loadLocaleFiles([language, FALLBACK_LANGUAGE])));
}

/** Each language's name alone, for the languages not loaded yet. */
function languageNames(): Resource {
  return localeResources(
    LANGUAGES.map(
      (language) => [`${language}/app.json`, { languageName: names[language] }] as const,
    ),
  );
}

/** The renderer's i18next, with `language` (and the fallback) loaded in full and every language's name. */
export async function createRendererI18n(language: Language): Promise<i18n> {
  return createI18n({ ...languageNames(), ...(await resourcesOf(language)) }, language, [
    initReactI18next,
  ]);
}

/** Loads `language` into the app's i18next if it is not loaded yet; switching to it is then immediate. */
export async function loadLanguage(instance: i18n, language: Language): Promise<void> {
  if (!NAMESPACES.every((namespace) => instance.hasResourceBundle(language, namespace))) {
    const resources = await resourcesOf(language);
    for (const [loaded, namespaces] of Object.entries(resources)) {
      for (const [namespace, bundle] of Object.entries(namespaces))
        instance.addResourceBundle(loaded, namespace, bundle, true, true);
    }
  }
}
