import { CodePointSet } from './code-point-ranges';
import { FONT_COVERAGE } from './font-coverage';
import { textsIn } from '@shared/values/texts-in';

let printable: CodePointSet | undefined;

/** Every character some shipped font draws; built on first use from the committed table. */
function shippedFontsDraw(codePoint: number): boolean {
  printable ??= CodePointSet.union(
    [...FONT_COVERAGE.values()].map((encoded) => CodePointSet.decode(encoded)),
  );
  return printable.has(codePoint);
}

/**
 * Characters the handout draws no glyph for on purpose: line breaks start a new line, and the bidi controls
 * (LRM, RLM, embeddings, overrides, isolates) only decide the order of the others.
 */
export function isLayoutControl(codePoint: number): boolean {
  return (
    codePoint === 0x0a ||
    codePoint === 0x0d ||
    (codePoint >= 0x200e && codePoint <= 0x200f) ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069)
  );
}

/**
 * ZWJ, ZWNJ, the byte order mark, variation selectors, unassigned format code points: they change the shaping of
 * their neighbours or nothing, and the handout draws nothing for them. Not the Hangul fillers and shorthand format
 * controls, which HarfBuzz draws with the font's own glyph (harfbuzz/harfbuzz#503): they need a font that has
 * them, like any letter.
 */
export const isDefaultIgnorable = (ch: string) =>
  /\p{Default_Ignorable_Code_Point}/u.test(ch) &&
  !/[\u115f\u1160\u3164\uffa0\u{1bca0}-\u{1bca3}]/u.test(ch);

/**
 * The characters of `text` that no font shipped with the app can print, each once, in the order they first
 * appear. The handout prints each of them as a visible replacement mark; this lets the app say so first.
 */
export function unprintableCharacters(text: string): string[] {
  const found = new Set<string>();
  // Composed form, as the handout draws it: "e" plus a combining circumflex is the one letter "ê".
  for (const ch of text.normalize('NFC')) {
    const codePoint = ch.codePointAt(0) as number;
    if (isLayoutControl(codePoint) || isDefaultIgnorable(ch)) continue;
    if (!shippedFontsDraw(codePoint)) found.add(ch);
  }
  return [...found];
}

export interface UnprintableField {
  /** Where the text is, as a path into the value: "patient.medicines[2].name". */
  location: string;
  characters: string[];
}

/** Every text inside `value` (an object read from a file or a session) with characters no shipped font has. */
export function unprintableFields(value: unknown, location = ''): UnprintableField[] {
  return textsIn(value, location).flatMap(({ location: where, text }) => {
    const characters = unprintableCharacters(text);
    return characters.length > 0 ? [{ location: where, characters }] : [];
  });
}
