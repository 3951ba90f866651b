import type { Translate } from '@shared/i18n/i18n-setup';

/**
 * A study's count as a number out of 100, rounded to a whole person and said so: "about" when rounded, never 0
 * for something that happened to someone, never 100 for something that did not happen to everyone.
 */
export type OutOf100 = { kind: 'exactly' | 'about' | 'fewer-than' | 'more-than'; per100: number };

export function outOf100(count: number, outOf: number): OutOf100 {
  // Exact in whole numbers: count * 100 divides by outOf, or the rounding is said.
  if ((count * 100) % outOf === 0) return { kind: 'exactly', per100: (count * 100) / outOf };
  const rounded = Math.round((count * 100) / outOf);
  if (rounded === 0) return { kind: 'fewer-than', per100: 1 };
  if (rounded === 100) return { kind: 'more-than', per100: 99 };
  return { kind: 'about', per100: rounded };
}

/** "29 of 31 people in the study (about 94 out of 100)", in the reader's language. */
export function studyNumberWords(count: number, outOf: number, t: Translate): string {
  const { kind, per100 } = outOf100(count, outOf);
  return t('checklist:studyNumbers.count', {
    n: count,
    outOf,
    per100: t(`checklist:studyNumbers.per100.${kind}`, { per100 }),
  });
}
