import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ALL_FONT_FILES,
  FONT_FILES,
  readFontFile,
} from '../../../../../src/main/handout/fonts/font-files';
import { measureCoverage } from '../../../../../src/main/handout/fonts/measure-coverage';
import { CodePointSet } from '@shared/handout/code-point-ranges';
import { FONT_COVERAGE } from '@shared/handout/font-coverage';

const fontsDir = path.resolve('resources/fonts');

describe('the committed font coverage table', () => {
  it('lists exactly the shipped handout fonts', () => {
    expect([...FONT_COVERAGE.keys()].sort()).toEqual([...ALL_FONT_FILES].sort());
  });

  it.each(ALL_FONT_FILES)(
    'matches what %s draws (run npm run font-coverage after changing a font)',
    (name) => {
      expect(FONT_COVERAGE.get(name)).toBe(
        measureCoverage(name, readFontFile(fontsDir, name)).encode(),
      );
    },
  );

  it('has the replacement character in the first font of each chain, which draws it for any missing character', () => {
    for (const chain of Object.values(FONT_FILES))
      expect(CodePointSet.decode(FONT_COVERAGE.get(chain[0] as string) ?? '').has(0xfffd)).toBe(
        true,
      );
  });

  it('keeps Korean fonts to Hangul, so Chinese text keeps one look', () => {
    const nanum = CodePointSet.decode(FONT_COVERAGE.get('NanumGothic.ttf') ?? '');
    expect(nanum.has(0xd55c)).toBe(true); // 한
    expect(nanum.has(0x674e)).toBe(false); // 李
  });
});

describe('CodePointSet', () => {
  it('encodes and decodes ranges, and merges sets', () => {
    const set = CodePointSet.fromCodePoints([0x41, 0x42, 0x43, 0x1f600, 0x10ffff]);
    const again = CodePointSet.decode(set.encode());
    expect([...again.codePoints()]).toEqual([0x41, 0x42, 0x43, 0x1f600, 0x10ffff]);
    expect(again.has(0x44)).toBe(false);
    const both = CodePointSet.union([set, CodePointSet.fromCodePoints([0x44, 0x20])]);
    expect([...both.codePoints()]).toEqual([0x20, 0x41, 0x42, 0x43, 0x44, 0x1f600, 0x10ffff]);
  });
});
