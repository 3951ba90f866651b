import fc from 'fast-check';
import type { TextDirection } from '@shared/i18n/languages';
import type { ScriptAlphabet } from './script-alphabets';

const char = (from: number, to: number) =>
  fc.integer({ min: from, max: to }).map((cp) => String.fromCodePoint(cp));
const oneOf = (...chars: string[]) => fc.constantFrom(...chars);
/** Words of `letter`s separated by single spaces, as a person types them. */
const words = (letter: fc.Arbitrary<string>, maxWords = 4) =>
  fc
    .array(
      fc.array(letter, { minLength: 1, maxLength: 6 }).map((ls) => ls.join('')),
      { minLength: 1, maxLength: maxWords },
    )
    .map((ws) => ws.join(' '));

const isMark = (codePoint: number) => /\p{M}/u.test(String.fromCodePoint(codePoint));
const isLetter = (codePoint: number) => /\p{L}/u.test(String.fromCodePoint(codePoint));

/** One of `codePoints`, or nothing when there are none. */
function anyOf(codePoints: readonly number[]): fc.Arbitrary<string> {
  if (codePoints.length === 0) return fc.constant('');
  return fc
    .integer({ min: 0, max: codePoints.length - 1 })
    .map((i) => String.fromCodePoint(codePoints[i] as number));
}

/**
 * Random characters of one script, in words: letters with up to two of its marks each, its digits, signs and
 * punctuation, and now and then a word that starts with a mark. No mark is put on a digit or a sign, which no one
 * writes: pdftotext keeps such a pair in left-to-right order inside a right-to-left line.
 */
export function scriptText({ codePoints }: ScriptAlphabet): fc.Arbitrary<string> {
  const all = [...codePoints];
  const marks = anyOf(all.filter(isMark));
  const cluster = fc.oneof(
    {
      weight: 3,
      arbitrary: fc
        .tuple(anyOf(all.filter(isLetter)), fc.array(marks, { maxLength: 2 }))
        .map(([letter, on]) => letter + on.join('')),
    },
    { weight: 1, arbitrary: anyOf(all.filter((codePoint) => !isMark(codePoint))) },
  );
  const word = fc.tuple(
    fc.oneof({ weight: 5, arbitrary: fc.constant('') }, { weight: 1, arbitrary: marks }),
    fc.array(cluster, { minLength: 1, maxLength: 5 }),
  );
  return fc
    .array(
      word.map(([first, rest]) => first + rest.join('')),
      { minLength: 1, maxLength: 4 },
    )
    .map((ws) => ws.join(' '));
}

const COMBINING = char(0x300, 0x36f);
const latinLetter = fc.oneof(char(0x41, 0x5a), char(0x61, 0x7a));
/** Words of one script with joiners (ZWJ, ZWNJ) and byte order marks among the letters. */
const withJoiners = (letter: fc.Arbitrary<string>) =>
  words(
    fc.oneof(
      { weight: 3, arbitrary: letter },
      { weight: 1, arbitrary: oneOf('\u200d', '\u200c', '\ufeff') },
    ),
  );

/**
 * Text whose printing depends on shaping, joining, reordering or a missing glyph, the cases issue 14 names, by
 * the direction they are written in.
 */
export const HARD_CASES: Readonly<
  Record<TextDirection, Readonly<Record<string, fc.Arbitrary<string>>>>
> = {
  rtl: {
    arabicWithMarks: words(
      fc
        .tuple(char(0x621, 0x64a), fc.array(char(0x64b, 0x652), { maxLength: 2 }))
        .map(([letter, marks]) => letter + marks.join('')),
    ),
    hebrewPoints: words(
      fc
        .tuple(
          char(0x5d0, 0x5ea),
          fc.array(fc.oneof(char(0x5b0, 0x5bc), oneOf('\u05c1', '\u05c2')), { maxLength: 2 }),
        )
        .map(([letter, points]) => letter + points.join('')),
    ),
    joiners: withJoiners(char(0x628, 0x64a)),
  },
  ltr: {
    combiningMarks: words(
      fc
        .tuple(latinLetter, fc.array(COMBINING, { minLength: 1, maxLength: 3 }))
        .map(([base, marks]) => base + marks.join('')),
    ),
    // A vowel with a shape mark (circumflex, breve, horn) and a tone mark, composed or decomposed as keyboards type it.
    vietnamese: words(
      fc
        .tuple(
          oneOf(...Array.from('aăâeêioôơuưyAĂÂEÊIOÔƠUƯY')),
          oneOf('', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'),
          fc.boolean(),
        )
        .map(([vowel, tone, decomposed]) => (vowel + tone).normalize(decomposed ? 'NFD' : 'NFC')),
    ),
    // Consonant, perhaps a conjunct (virama and a second consonant), perhaps a vowel sign and a nasal mark.
    devanagari: words(
      fc
        .tuple(
          char(0x915, 0x939),
          fc.option(char(0x915, 0x939), { nil: '' }),
          fc.option(char(0x93e, 0x94c), { nil: '' }),
          oneOf('', '\u0902'),
        )
        .map(
          ([first, second, vowel, nasal]) =>
            first + (second === '' ? '' : `\u094d${second}`) + vowel + nasal,
        ),
    ),
    joiners: fc.oneof(withJoiners(latinLetter), withJoiners(char(0x915, 0x939))),
    emojiSequences: words(
      fc.oneof(
        // A family joined by ZWJ, a thumb with a skin tone, a flag of two regional indicators, a keycap, a red heart.
        fc
          .array(oneOf('\u{1f468}', '\u{1f469}', '\u{1f467}', '\u{1f466}'), {
            minLength: 2,
            maxLength: 4,
          })
          .map((people) => people.join('\u200d')),
        char(0x1f3fb, 0x1f3ff).map((tone) => `\u{1f44d}${tone}`),
        fc.tuple(char(0x1f1e6, 0x1f1ff), char(0x1f1e6, 0x1f1ff)).map(([a, b]) => a + b),
        char(0x30, 0x39).map((digit) => `${digit}\ufe0f\u20e3`),
        fc.constant('\u2764\ufe0f'),
      ),
      3,
    ),
    cjkExtensionB: words(char(0x20000, 0x2a6df)),
    // Unassigned, private use and noncharacters: no font has them.
    unprintable: words(
      fc.oneof(
        latinLetter,
        oneOf('\u0378', '\u0530', '\ufdd0', '\uffff', '\u{10ffff}'),
        char(0xe000, 0xf8ff),
        char(0xf0000, 0xf00ff),
      ),
    ),
    // Tabs and line breaks the contract folds; a bell, NUL or half of a pair it refuses, naming the character.
    controls: words(
      fc.oneof(
        { weight: 4, arbitrary: latinLetter },
        {
          weight: 1,
          arbitrary: oneOf(
            '\t',
            '\r\n',
            '\u000b',
            '\u0085',
            '\u2028',
            '\u0007',
            '\u0000',
            '\ud800',
          ),
        },
      ),
    ),
  },
};
