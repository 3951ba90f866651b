import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@shared/i18n/languages';
import { CodePointSet } from '@shared/handout/code-point-ranges';
import { FONT_COVERAGE } from '@shared/handout/font-coverage';
import { patientTexts } from '../../support/patient-texts';
import { create, type Font } from 'fontkit';
import { SCREEN_HANGUL_FONT } from '../../../scripts/fonts/screen-hangul-font';
import { FONTS_DIR, SCREEN_NOTO_SANS } from '../../../scripts/fonts/screen-noto-sans';

const css = readFileSync(path.resolve('src/renderer/src/styles.css'), 'utf8');

interface FontFace {
  family: string;
  file: string;
  /** Absent: the face is asked for every character. */
  ranges: Array<[number, number]> | null;
}

/** The regular-weight @font-face rules of styles.css: which file each family draws with, for which characters. */
const faces: FontFace[] = [...css.matchAll(/@font-face\s*{([^}]*)}/g)]
  .map(([, body = '']) => ({
    family: /font-family:\s*'([^']+)'/.exec(body)?.[1] ?? '',
    file: path.basename(/url\('([^']+)'\)/.exec(body)?.[1] ?? ''),
    weight: /font-weight:\s*(\d+)/.exec(body)?.[1] ?? '400',
    ranges:
      /unicode-range:\s*([^;]+);/
        .exec(body)?.[1]
        ?.split(',')
        .map((range) => {
          const [from = '', to = from] = range.trim().replace(/^U\+/i, '').split('-');
          return [parseInt(from, 16), parseInt(to, 16)] as [number, number];
        }) ?? null,
  }))
  .filter((face) => face.weight === '400');

/** The body's font stack, in order. */
const stack = (/:root\s*{[^}]*font-family:\s*([^;]+);/.exec(css)?.[1] ?? '')
  .split(',')
  .map((family) => family.trim().replace(/'/g, ''));

const coverage = new Map(
  [...FONT_COVERAGE].map(([file, encoded]) => [file, CodePointSet.decode(encoded)]),
);
// The screens' Hangul font is Nanum Gothic's glyphs and character map (screen-hangul-font.test.ts holds it to that).
coverage.set(
  SCREEN_HANGUL_FONT,
  coverage.get('NanumGothic.ttf') ?? CodePointSet.fromCodePoints([]),
);

// The screens' copies of Noto Sans draw what their own character maps hold.
for (const copy of SCREEN_NOTO_SANS.values())
  coverage.set(
    copy,
    CodePointSet.fromCodePoints(
      (create(readFileSync(path.join(FONTS_DIR, copy))) as Font).characterSet,
    ),
  );

/**
 * The shipped file a browser draws `codePoint` with: it walks the stack and, in each family, the faces whose
 * unicode-range holds the character, taking the first file that has a glyph; null means a system font would.
 */
function screenFontFor(codePoint: number): string | null {
  for (const family of stack) {
    for (const face of faces.filter((f) => f.family === family)) {
      if (face.ranges && !face.ranges.some(([from, to]) => codePoint >= from && codePoint <= to))
        continue;
      if (coverage.get(face.file)?.has(codePoint)) return face.file;
    }
  }
  return null;
}

describe('the screens draw every language with the shipped fonts', () => {
  it('reads the stack and its faces from styles.css', () => {
    expect(stack[0]).toBe('GTC Sans');
    expect(faces.map((face) => face.file)).toContain('NotoSans-Regular.ttf');
  });

  it("draws Hangul with Nanum Gothic's glyphs, as the handout does", () => {
    for (const syllable of '유전자 치료 의료진 안내문 환자'.replace(/ /g, ''))
      expect(screenFontFor(syllable.codePointAt(0) ?? 0), syllable).toBe(SCREEN_HANGUL_FONT);
  });

  it.each(LANGUAGES)(
    "draws the app's own %s words without the whole of Noto Sans, which the first screen does not wait for",
    (language) => {
      const folder = path.resolve('locales', language);
      const characters = new Set(
        readdirSync(folder).flatMap((file) =>
          Array.from(readFileSync(path.join(folder, file), 'utf8')),
        ),
      );
      const whole = [...characters].filter(
        (ch) => screenFontFor(ch.codePointAt(0) ?? 0) === 'NotoSans-Regular.ttf',
      );
      expect(whole).toEqual([]);
    },
  );

  it('asks the whole of Noto Sans for every character it draws', () => {
    const wholeRanges = faces.find((face) => face.file === 'NotoSans-Regular.ttf')?.ranges ?? [];
    const notoSans = coverage.get('NotoSans-Regular.ttf') ?? CodePointSet.fromCodePoints([]);
    const outside: string[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint += 1)
      if (
        notoSans.has(codePoint) &&
        !wholeRanges.some(([from, to]) => codePoint >= from && codePoint <= to)
      )
        outside.push(`U+${codePoint.toString(16).toUpperCase()}`);
    expect(outside).toEqual([]);
  });

  it.each(LANGUAGES)('leaves no letter or digit of the %s text to a system font', (language) => {
    const characters = new Set(
      patientTexts(language).flatMap(([, text]) =>
        Array.from(text.normalize('NFC')).filter((ch) => /[\p{L}\p{M}\p{N}]/u.test(ch)),
      ),
    );
    const undrawn = [...characters].filter((ch) => screenFontFor(ch.codePointAt(0) ?? 0) === null);
    expect(
      undrawn.map((ch) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()} ${ch}`),
    ).toEqual([]);
  });
});
