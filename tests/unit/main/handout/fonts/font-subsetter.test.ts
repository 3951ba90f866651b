import path from 'node:path';
import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { ALL_FONT_FILES, readFontFile } from '../../../../../src/main/handout/fonts/font-files';
import { shapingFont } from '../../../../../src/main/handout/fonts/shaping-font';

const fontsDir = path.resolve('resources/fonts');
// fontkit, which subset the fonts before HarfBuzz did, reads the files here as a second opinion.
const fontkitFont = (bytes: Uint8Array) =>
  create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) as Font;
const tableTags = (bytes: Uint8Array) => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Array.from({ length: view.getUint16(4) }, (_, i) =>
    String.fromCharCode(...bytes.subarray(12 + i * 16, 16 + i * 16)),
  ).sort();
};

describe("HarfBuzz's subsetter, as the handout embeds fonts", () => {
  it.each([
    ['NotoSans-Regular.ttf', 'Ag'],
    ['NotoSansArabic-Regular.ttf', 'بِسْمِ'],
    ['DroidSansFallbackFull.ttf', '基因治疗'],
  ])(
    'keeps, from %s, each glyph of "%s" at its own id, drawn as in the whole font, and empties the others',
    async (name, text) => {
      const bytes = readFontFile(fontsDir, name);
      const font = await shapingFont(fontsDir, name);
      const ids = [...new Set(font.shape(text, false).glyphs.map((glyph) => glyph.id))];
      const whole = fontkitFont(bytes);
      const subset = fontkitFont(font.subset(ids));
      for (const id of ids) {
        expect(subset.getGlyph(id).path.toSVG(), `glyph ${id}`).toBe(
          whole.getGlyph(id).path.toSVG(),
        );
        expect(subset.getGlyph(id).path.commands.length, `glyph ${id}`).toBeGreaterThan(0);
      }
      // A glyph not asked for is left empty: one between the ids drawn, and so inside the subset.
      const skipped = Array.from({ length: Math.max(...ids) }, (_, id) => id).find(
        (id) => id > 0 && !ids.includes(id) && whole.getGlyph(id).path.commands.length > 0,
      );
      expect(skipped).toBeDefined();
      expect(subset.getGlyph(skipped as number).path.commands).toEqual([]);
    },
  );

  it('keeps only the tables a PDF reader draws TrueType glyphs with', async () => {
    const font = await shapingFont(fontsDir, 'NotoSansArabic-Regular.ttf');
    expect(tableTags(font.subset([font.nominalGlyph(0x0628) as number]))).toEqual(
      ['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep'].sort(),
    );
  });

  it.each(ALL_FONT_FILES)('reads the font descriptor of %s as fontkit does', async (name) => {
    const { metrics } = await shapingFont(fontsDir, name);
    const whole = fontkitFont(readFontFile(fontsDir, name));
    expect(metrics).toEqual({
      postscriptName: whole.postscriptName,
      bbox: {
        minX: whole.bbox.minX,
        minY: whole.bbox.minY,
        maxX: whole.bbox.maxX,
        maxY: whole.bbox.maxY,
      },
      italicAngle: whole.italicAngle,
      ascent: whole.ascent,
      descent: whole.descent,
      capHeight: whole.capHeight || whole.ascent,
    });
  });
});
