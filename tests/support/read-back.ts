import { isLayoutControl } from '@shared/handout/unprintable-characters';

/**
 * Text as a reader of the PDF can give it back, the one normalization the property tests compare under, applied
 * alike to what was typed and to what pdftotext extracts:
 * - composed (NFC): the handout draws the composed form, so "e" + U+0301 and "é" are the same text;
 * - no bidi controls (marks, embeddings, isolates): they only order the other characters, which is checked by
 *   the order of those; the handout wraps typed text in isolates, and pdftotext wraps right-to-left lines in
 *   embeddings of its own;
 * - no white space (U+FEFF included): pdftotext starts a new line where a line wraps, inside a word too when a
 *   word wider than the column is cut, and decides spaces from the gaps between glyphs, so white space is
 *   layout; every other character must come back, in order.
 */
export function readBack(text: string): string {
  return Array.from(text.normalize('NFC'))
    .filter((ch) => !isLayoutControl(ch.codePointAt(0) as number) && !/[\s\uFEFF]/u.test(ch))
    .join('');
}
