import i18next, { type i18n, type Resource, type ThirdPartyModule } from 'i18next';
import { FALLBACK_LANGUAGE, LANGUAGES, type Language } from './languages';

/** Translation namespaces; each is one `locales/<lang>/<namespace>.json` file. */
export const NAMESPACES = ['app', 'checklist', 'handout', 'clinician'] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** A translate function as both the renderer (react-i18next) and main (plain i18next) provide it. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * One i18next configuration for the renderer and for the handout in main, so a key means the same in the
 * app and on paper. Resources are given in full up front: there is nothing to fetch.
 */
export function createI18n(
  resources: Resource,
  language: Language,
  plugins: readonly ThirdPartyModule[] = [],
): i18n {
  const instance = i18next.createInstance();
  for (const plugin of plugins) instance.use(plugin);
  void instance.init({
    resources,
    lng: language,
    supportedLngs: [...LANGUAGES],
    fallbackLng: FALLBACK_LANGUAGE,
    ns: [...NAMESPACES],
    defaultNS: 'app',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
