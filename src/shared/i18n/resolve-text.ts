import { FALLBACK_LANGUAGE, type Language } from './languages';
import type { Voice } from './voice';
import type { LocalizedText } from '@shared/schemas/localized-text';

// Apart from the localized text's schema, which builds its checks when it loads: the app's first screen shows texts
// and checks none.

export interface ResolvedText {
  text: string;
  /** The language the text is actually in: differs from the requested one when a translation is missing. */
  language: Language;
}

/** The text in the reader's language, in their voice where it has a form for it; else the English fallback. */
export function resolveText(
  text: LocalizedText,
  language: Language,
  voice: Voice = 'self',
): ResolvedText {
  const inVoice = (lang: Language) => (voice === 'self' ? undefined : text[`${lang}_${voice}`]);
  const own = inVoice(language) ?? text[language];
  if (own !== undefined) return { text: own, language };
  // The schema guarantees the fallback exists.
  return {
    text: inVoice(FALLBACK_LANGUAGE) ?? (text[FALLBACK_LANGUAGE] as string),
    language: FALLBACK_LANGUAGE,
  };
}
