/**
 * Flesch-Kincaid grade level of English text: a rough hint for clinic writers, never a verdict. Syllables are
 * estimated from vowel groups.
 */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return w.length > 0 ? 1 : 0;
  const groups = w
    .replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '')
    .replace(/^y/, '')
    .match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

/** The highest grade patient text should read at: anxious readers, many with little schooling in English. */
export const PATIENT_TEXT_GRADE_LIMIT = 6;

export interface ReadingLevel {
  grade: number;
  words: number;
}

export function readingLevel(text: string): ReadingLevel | null {
  const words = text.match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
  if (words.length < 8) return null;
  const sentences = Math.max(1, (text.match(/[.!?]+(\s|$)/g) ?? []).length);
  const syllableCount = words.reduce((sum, word) => sum + syllables(word), 0);
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syllableCount / words.length) - 15.59;
  return { grade: Math.max(0, Math.round(grade * 10) / 10), words: words.length };
}
