import { useTranslation } from 'react-i18next';
import { LanguageSchema, type Language } from '@shared/i18n/languages';

/** The language the UI is showing now; i18next only ever switches to shipped languages. */
export function useLanguage(): Language {
  return LanguageSchema.parse(useTranslation().i18n.language);
}
