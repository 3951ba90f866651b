import bidiFactory from 'bidi-js';
import { FONT_FILES } from '../../src/main/handout/fonts/font-files';
import { CodePointSet } from '@shared/handout/code-point-ranges';
import { FONT_COVERAGE } from '@shared/handout/font-coverage';
import type { TextDirection } from '@shared/i18n/languages';

const bidi = bidiFactory();

/** What one shipped font is used for: the characters it is the first in the fallback chain to draw. */
export interface ScriptAlphabet {
  font: string;
  codePoints: Uint32Array;
  /** Right to left when most of its letters are (Arabic, Hebrew). */
  direction: TextDirection;
}

/** Never typed into a field: the contract refuses control characters and halves of a pair (plain-text.ts). */
const REFUSED = /[\p{Cc}\p{Cs}]/u;

/**
 * The handout's scripts, from the committed coverage table in fallback order (font-files.ts): a script is what
 * its font draws that no font before it does. A font added to the chain or the table is a new script here.
 */
export function scriptAlphabets(): ScriptAlphabet[] {
  const seen = new Set<number>();
  return FONT_FILES.regular.map((font) => {
    const encoded = FONT_COVERAGE.get(font);
    if (encoded === undefined) throw new Error(`${font} is not in the font coverage table`);
    const own = [...CodePointSet.decode(encoded).codePoints()].filter(
      (codePoint) => !seen.has(codePoint) && !REFUSED.test(String.fromCodePoint(codePoint)),
    );
    own.forEach((codePoint) => seen.add(codePoint));
    const count = (direction: TextDirection) =>
      own.filter((codePoint) => strongDirection(codePoint) === direction).length;
    const rightToLeft = count('rtl') > count('ltr');
    const direction: TextDirection = rightToLeft ? 'rtl' : 'ltr';
    // A right-to-left font's few Latin letters are typed in left-to-right text, and the other way round.
    return {
      font,
      codePoints: Uint32Array.from(
        own.filter((codePoint) => strongDirection(codePoint) !== (rightToLeft ? 'ltr' : 'rtl')),
      ),
      direction,
    };
  });
}

/** The direction a character itself has, or null for numbers, punctuation, marks and spaces. */
function strongDirection(codePoint: number): TextDirection | null {
  const type = bidi.getBidiCharTypeName(String.fromCodePoint(codePoint));
  if (type === 'L') return 'ltr';
  return type === 'R' || type === 'AL' ? 'rtl' : null;
}
