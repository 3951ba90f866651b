import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { z } from 'zod';
import { LANGUAGES } from '../../src/shared/i18n/languages.ts';

const LANGUAGE_NAMES = 'virtual:language-names';
/** Checked here, at build, so the page can take the names as they are without loading zod at start. */
const LanguageNameSchema = z.string().min(1);

/**
 * `virtual:language-names`: each language's own name ("Español") from its app.json, which the language picker
 * shows for every language while only the chosen language's files are loaded.
 */
export function languageNames(): Plugin {
  return {
    name: 'gtc-language-names',
    resolveId: (source) => (source === LANGUAGE_NAMES ? `\0${LANGUAGE_NAMES}` : null),
    load(id) {
      if (id !== `\0${LANGUAGE_NAMES}`) return null;
      const names = LANGUAGES.map((language) => {
        const file = resolve('locales', language, 'app.json');
        this.addWatchFile(file);
        const name = LanguageNameSchema.safeParse(
          (JSON.parse(readFileSync(file, 'utf8')) as { languageName?: unknown }).languageName,
        );
        if (!name.success) this.error(`${file}: languageName must be a text, never empty`);
        return [language, name.data];
      });
      return `export default ${JSON.stringify(Object.fromEntries(names))};`;
    },
  };
}
