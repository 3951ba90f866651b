import type { z } from 'zod';
import { FALLBACK_LANGUAGE, type Language } from '@shared/i18n/languages';
import type { SecondLanguageSchema } from '@shared/schemas/language';

/** The handout's second language, or null for a handout in one language (`SecondLanguageSchema`). */
export type SecondLanguage = z.infer<typeof SecondLanguageSchema>;

/**
 * What the handout step offers first: English beside any other language, since the care team most often reads
 * it; nothing beside English, unless the person chooses one.
 */
export function defaultSecondLanguage(first: Language): SecondLanguage {
  return first === FALLBACK_LANGUAGE ? null : FALLBACK_LANGUAGE;
}

/** Why a second language cannot go with `first`, or null when it can: a handout never repeats its own language. */
export function secondLanguageProblem(first: Language, second: SecondLanguage): string | null {
  return second === first
    ? `the second language must differ from the handout's language ("${first}")`
    : null;
}
