import { z } from 'zod';
import { FALLBACK_LANGUAGE, LanguageSchema, type Language } from '../languages';

const TextSchema = z.string().trim().min(1);

/** Text in one or more languages; English is required because it is the fallback a clinic always reviews. */
export const LocalizedTextSchema = z
  .partialRecord(LanguageSchema, TextSchema)
  .refine((text) => text[FALLBACK_LANGUAGE] !== undefined, {
    message: `an English ("${FALLBACK_LANGUAGE}") text is required`,
  });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export interface ResolvedText {
  text: string;
  /** The language the text is actually in: differs from the requested one when a translation is missing. */
  language: Language;
}

export function resolveText(text: LocalizedText, language: Language): ResolvedText {
  const own = text[language];
  if (own !== undefined) return { text: own, language };
  // The schema guarantees the fallback exists.
  return { text: text[FALLBACK_LANGUAGE] as string, language: FALLBACK_LANGUAGE };
}
