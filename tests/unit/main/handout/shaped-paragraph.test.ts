import path from 'node:path';
import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ShapingFont } from '../../../../src/main/handout/fonts/shaping-font';
import { embedFaces, type FaceChains } from '../../../../src/main/handout/typeset/faces';
import { ShapedParagraph } from '../../../../src/main/handout/typeset/shaped-paragraph';

let faces: FaceChains;
let notoSans: ShapingFont;
beforeAll(async () => {
  faces = await embedFaces(
    await PDFDocument.create(),
    path.resolve('resources/fonts'),
    'Ana 李 مريم',
  );
  notoSans = (faces.regular[0] as FaceChains['regular'][number]).pdf.shaping;
});

/** Words with pairs Noto Sans kerns (AV, To, Wa, Yo, L’), accented and ligature-prone letters, digits, punctuation. */
const WORDS = [
  'AVAT',
  'Tofu',
  'Wave',
  'Yours',
  'office',
  'fjord',
  'Łódź',
  'naïve',
  'Zoë',
  '“quoted”',
  '(2026)',
  'T.',
  'L’Oréal',
  'V.A.',
  'Ñúñez-Łukasz',
  'Wyoming,',
  '55-0100',
  'ÆON',
  'r.v.',
  'AT&T',
];
/** HarfBuzz, shaping the text alone: never the font's cache, which ShapedParagraph.remember fills. */
const alone = (text: string) => notoSans.shapeForBreaking(text, false).shaped;
const SIZE = 12;

describe('ShapedParagraph', () => {
  it('measures and cuts out a piece only where that is what shaping the piece alone gives (property)', () => {
    const paragraphs = fc
      .array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 12 })
      .map((words) => words.join(' '));
    fc.assert(
      fc.property(paragraphs, fc.array(fc.nat(), { minLength: 6, maxLength: 6 }), (text, picks) => {
        const paragraph = ShapedParagraph.of(text, faces.regular, 'ltr');
        expect(paragraph).not.toBeNull();
        // Cuts after spaces, where lines break, and anywhere inside words, where kerning and ligatures join letters.
        const spaces = [...text.matchAll(/ /g)].map((match) => match.index + 1);
        const cuts = [
          ...new Set([
            0,
            text.length + 1,
            ...spaces,
            ...picks.map((pick) => pick % (text.length + 1)),
          ]),
        ].sort((a, b) => a - b);
        let measured = 0;
        for (const from of cuts) {
          for (const to of cuts.filter((cut) => cut > from)) {
            const piece = `${text} `.slice(from, to);
            const width = paragraph?.width(from, to, SIZE) ?? null;
            if (width === null) continue;
            measured += 1;
            expect(width, piece).toBe((alone(piece).width * SIZE) / notoSans.upem);
            paragraph?.remember(from, piece);
            expect(notoSans.shape(piece, false).glyphs, piece).toEqual(alone(piece).glyphs);
          }
        }
        // Whole lines at least: the paragraph is not left unused.
        expect(measured).toBeGreaterThan(0);
      }),
      { numRuns: 40, seed: 16 },
    );
  });

  it('measures a line from the paragraph, and a piece with no letter, which HarfBuzz shapes with no script, alone', () => {
    const text = 'Visit on 2026-11-22 again';
    const paragraph = ShapedParagraph.of(text, faces.regular, 'ltr');
    expect(paragraph?.width(0, 'Visit on '.length, SIZE)).toBe(
      (alone('Visit on ').width * SIZE) / notoSans.upem,
    );
    expect(paragraph?.width('Visit on '.length, 'Visit on 2026-11-22 '.length, SIZE)).toBeNull();
  });

  it('leaves a paragraph to be measured piece by piece where its pieces would not be one run of one script', () => {
    // Two fonts; right to left with spaces from the first font; two scripts of one font; a joiner.
    expect(ShapedParagraph.of('Ana 李', faces.regular, 'ltr')).toBeNull();
    expect(ShapedParagraph.of('مريم علي', faces.regular, 'rtl')).toBeNull();
    expect(ShapedParagraph.of('Alpha Άλφα', faces.regular, 'ltr')).toBeNull();
    expect(ShapedParagraph.of('Ana\u200DMaria', faces.regular, 'ltr')).toBeNull();
    expect(ShapedParagraph.of('Ana Maria', faces.regular, 'ltr')).not.toBeNull();
  });
});
