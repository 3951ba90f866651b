import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { LANGUAGES } from '../../src/shared/i18n/languages.ts';

const LANGUAGE_NAMES = 'virtual:language-names';

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
        return [
          language,
          (JSON.parse(readFileSync(file, 'utf8')) as { languageName?: unknown }).languageName,
        ];
      });
      return `export default ${JSON.stringify(Object.fromEntries(names))};`;
    },
  };
}
