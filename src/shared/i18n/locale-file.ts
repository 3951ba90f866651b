/**
 * Where a language's words are: `locales/<lang>/<namespace>.json`. A module with no imports, so the renderer's entry
 * can pick a language's files before it loads anything else.
 */
export const LOCALE_FILE = /(?:^|[\\/])([a-z]{2,3})[\\/]([a-z-]+)\.json$/;

/** The language folder a `locales/<lang>/<namespace>.json` path is in; '' for any other path. */
export const localeFileLanguage = (file: string) => LOCALE_FILE.exec(file)?.[1] ?? '';
