import { z } from 'zod';
import { FALLBACK_LANGUAGE, LANGUAGES, type Language } from '@shared/i18n/languages';
import { VOICES, type Voice } from '@shared/i18n/voice';
import { chars, LIMITS } from './limits';
import { multiLineText } from './plain-text';

/**
 * The keys a text may have: a language ("en"), or a language's form for a voice ("en_child", "en_third": how the
 * text reads to a parent, or to a caregiver or representative; src/shared/i18n/voice.ts). Voice forms are optional.
 */
const TEXT_KEYS = LANGUAGES.flatMap((language) => [
  language,
  ...VOICES.filter((voice) => voice !== 'self').map((voice) => `${language}_${voice}` as const),
]);
export const TextKeySchema = z.enum(
  TEXT_KEYS as [(typeof TEXT_KEYS)[number], ...(typeof TEXT_KEYS)[number][]],
);
export type TextKey = z.infer<typeof TextKeySchema>;

/**
 * Text in one or more languages, each at most `max` characters; English is required because it is the fallback a
 * clinic always reviews.
 */
export function localizedTextSchema(max: number) {
  return z
    .partialRecord(
      TextKeySchema,
      multiLineText()
        .trim()
        .min(1)
        .max(...chars(max)),
    )
    .refine((text) => text[FALLBACK_LANGUAGE] !== undefined, {
      message: `an English ("${FALLBACK_LANGUAGE}") text is required`,
    });
}

export const LocalizedTextSchema = localizedTextSchema(LIMITS.text);
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

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
