import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Resource } from 'i18next';
import { localeResources } from '@shared/i18n/locale-resources';

/** Reads every `locales/<lang>/<namespace>.json` from the app's locales folder. */
export function loadLocales(localesDir: string): Resource {
  const files: Array<[string, unknown]> = [];
  for (const language of readdirSync(localesDir)) {
    for (const name of readdirSync(path.join(localesDir, language))) {
      if (!name.endsWith('.json')) continue;
      const file = path.join(localesDir, language, name);
      files.push([file, JSON.parse(readFileSync(file, 'utf8'))]);
    }
  }
  return localeResources(files);
}
