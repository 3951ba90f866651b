import { readFileSync } from 'node:fs';
import path from 'node:path';

export type FontWeight = 'regular' | 'bold';

/** Scripts with a regular and a bold Noto Sans file each, in fallback order after Noto Sans itself. */
const NOTO_SCRIPTS = [
  'Arabic',
  'Hebrew',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Tamil',
  'Telugu',
  'Thai',
  'Lao',
  'Khmer',
  'Myanmar',
  'Armenian',
  'Georgian',
  'Ethiopic',
];

/**
 * Large fonts shipped in one weight only (bold lines draw them outlined, see Face.fauxBold), after the Noto
 * files: Chinese and Japanese (Droid Sans Fallback), Korean Hangul (Nanum Gothic), the rarer Chinese
 * characters of CJK Extension B and later (HanaMinB), and monochrome emoji and symbols (Symbola).
 */
const ONE_WEIGHT = [
  'DroidSansFallbackFull.ttf',
  'NanumGothic.ttf',
  'HanaMinB.ttf',
  'Symbola_hint.ttf',
];

/**
 * The handout's fonts, shipped in `resources/fonts` (see LICENSES.txt). Order is fallback order: each
 * character is drawn with the first font that has it, so one line can mix scripts.
 */
export const FONT_FILES: Readonly<Record<FontWeight, readonly string[]>> = {
  regular: [
    'NotoSans-Regular.ttf',
    ...NOTO_SCRIPTS.map((script) => `NotoSans${script}-Regular.ttf`),
    ...ONE_WEIGHT,
  ],
  bold: [
    'NotoSans-Bold.ttf',
    ...NOTO_SCRIPTS.map((script) => `NotoSans${script}-Bold.ttf`),
    ...ONE_WEIGHT,
  ],
};

/** Every shipped font file, each once. */
export const ALL_FONT_FILES: readonly string[] = [
  ...new Set([...FONT_FILES.regular, ...FONT_FILES.bold]),
];

/**
 * Fonts used only for some characters. Nanum Gothic also has Chinese characters and kana, drawn in Korean
 * forms: limited to Hangul, so Chinese and Japanese text keeps one look from Droid Sans Fallback.
 */
export const FONT_SCOPES: ReadonlyMap<string, ReadonlyArray<readonly [number, number]>> = new Map([
  [
    'NanumGothic.ttf',
    [
      [0x1100, 0x11ff], // Hangul Jamo
      [0x3130, 0x318f], // Hangul Compatibility Jamo
      [0xa960, 0xa97f], // Hangul Jamo Extended-A
      [0xac00, 0xd7af], // Hangul Syllables
      [0xd7b0, 0xd7ff], // Hangul Jamo Extended-B
      [0xffa0, 0xffdc], // halfwidth Hangul
    ],
  ],
]);

/**
 * Reads a font file. Not kept: HarfBuzz's shaper and its subsetter each copy it into their own memory
 * (shaping-font.ts), so a third copy here would only add to the process's peak memory. A plain Uint8Array over
 * the Buffer read, not a copy: a Buffer's slice() is a view, not the copy a Uint8Array's is.
 */
export function readFontFile(fontsDir: string, name: string): Uint8Array {
  const bytes = readFileSync(path.join(fontsDir, name));
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
