import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREEN_HANGUL_FONT, screenFontFrom } from '../../../scripts/fonts/screen-hangul-font';

const fonts = path.resolve('resources/fonts');
const nanum = new Uint8Array(readFileSync(path.join(fonts, 'NanumGothic.ttf')));
const shipped = new Uint8Array(readFileSync(path.join(fonts, SCREEN_HANGUL_FONT)));

/** Each table of a TrueType file by tag, and the length its directory gives. */
function tables(font: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  return new Map(
    Array.from({ length: view.getUint16(4) }, (_, i) => {
      const at = 12 + 16 * i;
      const offset = view.getUint32(at + 8);
      return [
        String.fromCharCode(...font.subarray(at, at + 4)),
        font.subarray(offset, offset + view.getUint32(at + 12)),
      ] as const;
    }),
  );
}

/** The Windows (UTF-16) strings of a name table, with their name ids. */
function windowsNames(name: Uint8Array): Array<[number, string]> {
  const view = new DataView(name.buffer, name.byteOffset, name.byteLength);
  const storage = view.getUint16(4);
  return Array.from({ length: view.getUint16(2) }, (_, i) => 6 + 12 * i)
    .filter((at) => view.getUint16(at) === 3)
    .map((at) => {
      const bytes = name.subarray(
        storage + view.getUint16(at + 10),
        storage + view.getUint16(at + 10) + view.getUint16(at + 8),
      );
      return [
        view.getUint16(at + 6),
        String.fromCharCode(
          ...Array.from(
            { length: bytes.length / 2 },
            (_, j) => ((bytes[2 * j] ?? 0) << 8) | (bytes[2 * j + 1] ?? 0),
          ),
        ),
      ];
    });
}

describe("the screens' Hangul font", () => {
  it('is what the script makes from NanumGothic.ttf (after changing that file: npx tsx scripts/fonts/screen-hangul-font.ts)', () => {
    expect(Buffer.from(screenFontFrom(nanum)).equals(Buffer.from(shipped))).toBe(true);
  });

  it("draws with Nanum Gothic's own glyphs, character map and metrics", () => {
    const copy = tables(shipped);
    for (const tag of [
      'glyf',
      'loca',
      'cmap',
      'hmtx',
      'hhea',
      'maxp',
      'OS/2',
      'kern',
      'fpgm',
      'prep',
      'cvt ',
    ]) {
      expect(
        Buffer.from(copy.get(tag) ?? []).equals(Buffer.from(tables(nanum).get(tag) ?? [1])),
        tag,
      ).toBe(true);
    }
  });

  it('has no empty table, which Chromium refuses the whole font for', () => {
    expect([...tables(nanum)].filter(([, data]) => data.length === 0).map(([tag]) => tag)).toEqual([
      'TSI3',
    ]);
    expect([...tables(shipped)].filter(([, data]) => data.length === 0)).toEqual([]);
  });

  it('keeps the copyright, names itself without the names the licence reserves for the original, and is listed with its licence', () => {
    const names = windowsNames(tables(shipped).get('name') ?? new Uint8Array());
    const own = names.filter(([id]) => [1, 4, 6, 16, 20].includes(id)).map(([, text]) => text);
    expect(own.length).toBeGreaterThan(0);
    for (const text of own) expect(text).not.toMatch(/nanum/i);
    expect(names.find(([id]) => id === 0)?.[1]).toMatch(/NHN Corporation/);
    expect(readFileSync(path.join(fonts, 'LICENSES.txt'), 'utf8')).toContain(SCREEN_HANGUL_FONT);
  });
});
