import { FALLBACK_LANGUAGE, isLanguage, type Language } from './languages';

interface ReadTag<L extends string = string> {
  language: L;
  script: string | undefined;
}

/**
 * Codes Intl gives for a language we ship under another code: CLDR reads "tl" (Tagalog) as "fil" (Filipino, its
 * standard form), and computers set to Filipino say "fil"; both read our Tagalog.
 */
const SHIPPED_AS = new Map<string, Language>([['fil', 'tl']]);

/** The language and script of a BCP 47 tag ("zh-TW" → zh, Hant), or null for one that cannot be read. */
function readTag(tag: string): ReadTag | null {
  try {
    const locale = new Intl.Locale(tag.replace(/_/g, '-')).maximize();
    return { language: SHIPPED_AS.get(locale.language) ?? locale.language, script: locale.script };
  } catch {
    return null;
  }
}

/** Our Chinese is Simplified; a reader of Traditional Chinese is matched only when no listed language fits better. */
const SHIPPED_SCRIPT = new Map<string, string>([['zh', 'Hans']]);

/**
 * The language a first start shows, from the computer's preferred languages (most preferred first, as Electron's
 * `app.getPreferredSystemLanguages()` gives them): the first one we ship, in the script we ship it in; else the
 * first one we ship in another script (Traditional Chinese reads Simplified far more easily than English); else
 * English. The picker is on the first screen, and a language chosen there or saved by staff is what starts later.
 */
export function languageForSystem(preferred: readonly string[]): Language {
  const shipped = preferred
    .map(readTag)
    .filter((tag): tag is ReadTag<Language> => tag !== null && isLanguage(tag.language));
  const asWritten = shipped.find(
    ({ language, script }) => (SHIPPED_SCRIPT.get(language) ?? script) === script,
  );
  return (asWritten ?? shipped[0])?.language ?? FALLBACK_LANGUAGE;
}
