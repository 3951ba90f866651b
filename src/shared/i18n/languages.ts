import { z } from 'zod';

/** Languages the app ships. Adding one means adding `locales/<code>/` with every key. */
export const LANGUAGES = ['en', 'es', 'ar', 'zh', 'vi', 'ko', 'ru', 'tl'] as const;

export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

const RIGHT_TO_LEFT: ReadonlySet<Language> = new Set<Language>(['ar']);

export type TextDirection = 'ltr' | 'rtl';

export function textDirection(language: Language): TextDirection {
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

/** Text written by clinic staff when the patient's language has no translation yet. */
export const FALLBACK_LANGUAGE: Language = 'en';
