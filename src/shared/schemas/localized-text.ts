import { z } from 'zod';
import { FALLBACK_LANGUAGE, LANGUAGES } from '@shared/i18n/languages';
import { VOICES } from '@shared/i18n/voice';
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

// Resolving a text for its reader needs no schema; it lives apart so that the app's first screen builds none.
export { resolveText, type ResolvedText } from '@shared/i18n/resolve-text';
