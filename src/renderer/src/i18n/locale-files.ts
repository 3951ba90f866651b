import type { Language } from '@shared/i18n/languages';
import { localeFileLanguage } from '@shared/i18n/locale-file';

// Bundled at build time from the same locales/ folder main reads for the handout; the term lists stay out. Each
// file is a chunk of its own, loaded when its language is chosen: a start parses one language, not every one.
const files = import.meta.glob<unknown>(
  ['../../../../locales/*/*.json', '!../../../../locales/*/terms.json'],
  { import: 'default' },
);

/** Loads the files of the given languages as (path, JSON) pairs; a file asked for again is the same load (the module cache's). */
export function loadLocaleFiles(languages: readonly Language[]) {
  const wanted = new Set<string>(languages);
  return Object.entries(files)
    .filter(([file]) => wanted.has(localeFileLanguage(file)))
    .map(async ([file, load]) => [file, await load()] as const);
}

/** Starts loading a language's words before they are needed, so they are there when the app asks for them. */
export function startLoadingLanguage(language: Language): void {
  // Only started here; a failure is reported where the words are awaited.
  for (const load of loadLocaleFiles([language])) load.catch(() => undefined);
}
