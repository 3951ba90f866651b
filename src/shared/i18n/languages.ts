/**
 * Languages the app ships. Adding one means adding `locales/<code>/` with every key. A plain list, so the first
 * screen can name them without loading zod; the contract's schema is built from it (`@shared/schemas/language`).
 */
export const LANGUAGES = ['en', 'es', 'ar', 'zh', 'vi', 'ko', 'ru', 'tl'] as const;

export type Language = (typeof LANGUAGES)[number];

const SHIPPED: ReadonlySet<string> = new Set(LANGUAGES);

/** Whether `value` names a language the app ships. */
export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && SHIPPED.has(value);

const RIGHT_TO_LEFT: ReadonlySet<Language> = new Set<Language>(['ar']);

export type TextDirection = 'ltr' | 'rtl';

export function textDirection(language: Language): TextDirection {
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

/** Text written by clinic staff when the patient's language has no translation yet. */
export const FALLBACK_LANGUAGE: Language = 'en';
