import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedFontFile } from '../../../../../src/main/handout/fonts/embedded-font-file';
import { shapingFont } from '../../../../../src/main/handout/fonts/shaping-font';
import { makeTempDir } from '../../../../support/temp-dir';

const fontsDir = path.resolve('resources/fonts');
const { dir, cleanup } = makeTempDir();
afterAll(() => cleanup());

describe('a font file, parsed once per process', () => {
  it('is the same shaping font each time it is asked for', async () => {
    const font = await shapingFont(fontsDir, 'NotoSans-Regular.ttf');
    expect(await shapingFont(fontsDir, 'NotoSans-Regular.ttf')).toBe(font);
  });

  it('is read again after a failed read, not refused for the rest of the process', async () => {
    await expect(shapingFont(dir, 'NotoSans-Bold.ttf')).rejects.toThrow(/NotoSans-Bold\.ttf/);
    symlinkSync(path.join(fontsDir, 'NotoSans-Bold.ttf'), path.join(dir, 'NotoSans-Bold.ttf'));
    const font = await shapingFont(dir, 'NotoSans-Bold.ttf');
    expect(font.metrics.postscriptName).toBe('NotoSans-Bold');
  });
});

describe('a subset as embedded', () => {
  it('is the font cut down to the glyphs, compressed, and made once for the same glyphs in any order', async () => {
    const font = await shapingFont(fontsDir, 'NotoSansArabic-Regular.ttf');
    const ids = [...new Set(font.shape('بِسْمِ', true).glyphs.map((glyph) => glyph.id))];
    const file = embeddedFontFile(font, ids);
    const subset = font.subset(ids);
    expect(inflateSync(file.compressed)).toEqual(Buffer.from(subset));
    expect(file.length).toBe(subset.length);
    expect(embeddedFontFile(font, [...ids].reverse())).toBe(file);
    expect(embeddedFontFile(font, ids.slice(1))).not.toBe(file);
  });
});
