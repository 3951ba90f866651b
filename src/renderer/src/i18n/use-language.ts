import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '@shared/i18n/languages';

/** The language the UI is showing now; i18next only ever switches to shipped languages. */
export function useLanguage(): Language {
  const { language } = useTranslation().i18n;
  if (!isLanguage(language))
    throw new Error(`The page shows a language the app does not ship: "${language}".`);
  return language;
}
