import { createI18n, type Translate } from '@shared/i18n/i18n-setup';
import type { Language } from '@shared/i18n/languages';
import { loadLocales } from './load-locales';

/** A translate function per language, from the app's locales folder (read once). */
export function translatorsFrom(localesDir: string): (language: Language) => Translate {
  const locales = loadLocales(localesDir);
  return (language) => createI18n(locales, language).t;
}
