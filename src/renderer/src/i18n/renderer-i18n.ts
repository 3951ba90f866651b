import { initReactI18next } from 'react-i18next';
import { createI18n } from '../../../shared/i18n-setup';
import type { Language } from '../../../shared/languages';
import { localeResources } from '../../../shared/locale-resources';

// Bundled at build time from the same locales/ folder main reads for the handout; the term lists stay out.
const files = import.meta.glob<unknown>(['../../../../locales/*/*.json', '!../../../../locales/*/terms.json'], { eager: true, import: 'default' });

export function createRendererI18n(language: Language) {
  return createI18n(localeResources(Object.entries(files)), language, [initReactI18next]);
}
