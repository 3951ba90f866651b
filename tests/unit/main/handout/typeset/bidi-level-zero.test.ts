import bidiFactory from 'bidi-js';
import { describe, expect, it } from 'vitest';
import {
  MAY_LEAVE_LEVEL_ZERO,
  uniformLevel,
} from '../../../../../src/main/handout/typeset/bidi-runs';

const bidi = bidiFactory();
/** Bidi classes that put a character of a left-to-right paragraph above level 0 (UAX #9, X1–X8, W1–W7, I1). */
const LEAVE_LEVEL_ZERO = new Set([
  'R',
  'AL',
  'AN',
  'LRE',
  'RLE',
  'LRO',
  'RLO',
  'LRI',
  'RLI',
  'FSI',
]);

/** Every code point the fast path takes as level 0 (surrogates are never characters of a string on their own). */
function* levelZeroCodePoints(): Generator<number> {
  for (let cp = 0; cp <= 0x10ffff; cp += 1) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    if (!MAY_LEAVE_LEVEL_ZERO.test(String.fromCodePoint(cp))) yield cp;
  }
}
/** Found once for both tests below: it tests each of the 1.1 million code points. */
let levelZero: readonly number[] | undefined;
const levelZeroList = () => (levelZero ??= [...levelZeroCodePoints()]);

// visualRuns skips the bidi algorithm for a left-to-right line with none of MAY_LEAVE_LEVEL_ZERO: that must give
// the same levels as running it.
describe('left-to-right lines that skip the bidi algorithm', () => {
  it('leave out no character whose bidi class can raise its level', () => {
    const raising = levelZeroList().filter((cp) =>
      LEAVE_LEVEL_ZERO.has(bidi.getBidiCharTypeName(String.fromCodePoint(cp))),
    );
    expect(
      raising.map(
        (cp) =>
          `U+${cp.toString(16).toUpperCase()} ${bidi.getBidiCharTypeName(String.fromCodePoint(cp))}`,
      ),
    ).toEqual([]);
  });

  it('are at level 0 throughout, as the bidi algorithm puts them', () => {
    const all = levelZeroList();
    const raised: string[] = [];
    for (let start = 0; start < all.length; start += 2048) {
      const line = String.fromCodePoint(...all.slice(start, start + 2048));
      const { levels } = bidi.getEmbeddingLevels(line, 'ltr');
      const at = levels.findIndex((level) => level !== 0);
      if (at !== -1)
        raised.push(`U+${(line.codePointAt(at) as number).toString(16).toUpperCase()}`);
    }
    expect(raised).toEqual([]);
  });
});

/** Every code point a right-to-left line may hold and still skip the bidi algorithm, at level 1. */
function* levelOneCodePoints(): Generator<number> {
  for (let cp = 0; cp <= 0x10ffff; cp += 1) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    if (uniformLevel(String.fromCodePoint(cp), 'rtl') === 1) yield cp;
  }
}

// visualRuns also skips it for a right-to-left line of only right-to-left letters, marks, spaces and punctuation.
describe('right-to-left lines that skip the bidi algorithm', () => {
  it('are at level 1 throughout, as the bidi algorithm puts them, in any order', () => {
    const all = [...levelOneCodePoints()];
    // Arabic and Hebrew letters are among them, and Latin letters and digits are not.
    expect(uniformLevel('مرحبا، بك (שלום)!', 'rtl')).toBe(1);
    expect(uniformLevel('مرحبا Zoë', 'rtl')).toBeNull();
    expect(uniformLevel('قبل 28 يوما', 'rtl')).toBeNull();
    const lowered: string[] = [];
    // Forwards and backwards, so each code point is seen both after and before others of every kind.
    for (const order of [all, [...all].reverse()]) {
      for (let start = 0; start < order.length; start += 2048) {
        const line = String.fromCodePoint(...order.slice(start, start + 2048));
        const { levels } = bidi.getEmbeddingLevels(line, 'rtl');
        const at = levels.findIndex((level) => level !== 1);
        if (at !== -1)
          lowered.push(`U+${(line.codePointAt(at) as number).toString(16).toUpperCase()}`);
      }
    }
    expect(lowered).toEqual([]);
  });
});
