import type { Resource, ResourceLanguage } from 'i18next';
import { LANGUAGES, type Language } from './languages';
import { NAMESPACES, type Namespace } from './i18n-setup';
import { LOCALE_FILE } from './locale-file';

/** `locales/<lang>/terms.json` is the translators' term list, checked by a test; the app never shows it. */
export const isTermList = (file: string) => /(?:^|[\\/])terms\.json$/.test(file);

/**
 * Builds i18next resources from `locales/<lang>/<namespace>.json` files, given as (path, parsed JSON) pairs.
 * The renderer gets them from the bundler and main from the disk; both go through here so they agree on
 * the layout and fail the same way on a stray file.
 */
export function localeResources(files: ReadonlyArray<readonly [string, unknown]>): Resource {
  const resources: Resource = {};
  for (const [file, json] of files) {
    if (isTermList(file)) continue;
    const match = LOCALE_FILE.exec(file);
    if (!match) throw new Error(`Unexpected locale file ${file}`);
    const [, language, namespace] = match as unknown as [string, string, string];
    if (!(LANGUAGES as readonly string[]).includes(language))
      throw new Error(`${file}: "${language}" is not a shipped language`);
    if (!(NAMESPACES as readonly string[]).includes(namespace))
      throw new Error(`${file}: "${namespace}" is not a namespace`);
    if (typeof json !== 'object' || json === null)
      throw new Error(`${file} must hold a JSON object`);
    const forLanguage: ResourceLanguage = (resources[language as Language] ??= {});
    forLanguage[namespace as Namespace] = json;
  }
  return resources;
}
