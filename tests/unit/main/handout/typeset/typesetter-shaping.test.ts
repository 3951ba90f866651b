import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { embedFaces } from '../../../../../src/main/handout/typeset/faces';
import { Typesetter } from '../../../../../src/main/handout/typeset/typesetter';

let typesetter: Typesetter;
const style = { size: 12, weight: 'regular' } as const;
const width = (text: string, direction: 'ltr' | 'rtl' = 'ltr') =>
  typesetter.measure(text, style, direction);
beforeAll(async () => {
  // Latin, Arabic and Devanagari: the fonts the cases below shape with.
  typesetter = new Typesetter(
    await embedFaces(
      await PDFDocument.create(),
      path.resolve('resources/fonts'),
      'AVTo \u0628\u0633\u0645 \u0915\u093F',
    ),
  );
});

describe('Typesetter measuring shaped text', () => {
  it('kerns letter pairs the font kerns', () => {
    expect(width('AV')).toBeLessThan(width('A') + width('V') - 0.2);
    expect(width('To')).toBeLessThan(width('T') + width('o') - 0.2);
  });

  it('places combining marks on their letter instead of beside it', () => {
    expect(width('x\u0323\u0302')).toBeCloseTo(width('x'), 5);
    expect(width('q\u0307\u0301')).toBeCloseTo(width('q'), 5);
  });

  it('gives ZWJ, ZWNJ and the byte order mark no width: they draw nothing', () => {
    expect(width('Ana\u200DMaria')).toBeCloseTo(width('AnaMaria'), 5);
    expect(width('Jo\u200Cnas')).toBeCloseTo(width('Jonas'), 5);
    expect(width('\uFEFFZoë')).toBeCloseTo(width('Zoë'), 5);
  });

  it('joins Arabic letters, which are narrower joined than alone', () => {
    const word = 'المستشفى';
    const alone = Array.from(word).reduce((sum, ch) => sum + width(ch, 'rtl'), 0);
    expect(width(word, 'rtl')).toBeLessThan(alone - 1);
  });
});
