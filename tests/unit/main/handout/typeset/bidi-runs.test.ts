import { describe, expect, it } from 'vitest';
import type { CidFont } from '../../../../../src/main/handout/fonts/cid-font';
import { visualRuns } from '../../../../../src/main/handout/typeset/bidi-runs';
import type { Face } from '../../../../../src/main/handout/typeset/faces';

// Two fake fonts standing in for Noto Sans (Latin, digits, punctuation) and Noto Sans Arabic (Arabic, digits, space).
const latin: Face = {
  pdf: { name: 'latin' } as CidFont,
  has: (cp) => cp < 0x0590,
  fauxBold: false,
};
const arabic: Face = {
  pdf: { name: 'arabic' } as CidFont,
  has: (cp) => (cp >= 0x0600 && cp <= 0x06ff) || cp === 0x20 || (cp >= 0x30 && cp <= 0x39),
  fauxBold: false,
};

const show = (runs: ReturnType<typeof visualRuns>) =>
  runs.map((r) => `${r.face.pdf.name}:${r.text}`);

describe('visualRuns', () => {
  it('keeps a left-to-right line as one run', () => {
    expect(show(visualRuns('Zoë Ñúñez-Łukasz', 'ltr', [latin, arabic], () => {}))).toEqual([
      'latin:Zoë Ñúñez-Łukasz',
    ]);
  });

  it('keeps Arabic text in logical order for the font engine to reverse and join', () => {
    expect(show(visualRuns('مرحبا بك', 'rtl', [latin, arabic], () => {}))).toEqual([
      'arabic:مرحبا بك',
    ]);
  });

  it('places a Latin name inside an Arabic sentence in visual order', () => {
    // Logical: "أعدت ل" + "Zoë" + " اليوم". Visually from the left: "اليوم " … "Zoë" … "أعدت ل".
    const runs = visualRuns('أعدت لـZoë اليوم', 'rtl', [latin, arabic], () => {});
    expect(show(runs)).toEqual(['arabic:اليوم', 'latin: ', 'latin:Zoë', 'arabic:أعدت لـ']);
  });

  it('keeps numbers left to right inside Arabic', () => {
    const runs = visualRuns('قبل 28 يوما', 'rtl', [latin, arabic], () => {});
    expect(runs.map((r) => r.text)).toEqual(['يوما', ' ', '28', 'قبل ']);
  });

  it('keeps an isolated phone number in its own order inside Arabic, where plain bidi would reorder it', () => {
    const plain = visualRuns('الهاتف: 555-0100', 'rtl', [latin, arabic], () => {});
    expect(plain.map((r) => r.text).join('|')).toContain('0100|-|555');
    const isolated = visualRuns('الهاتف: \u2068555-0100\u2069', 'rtl', [latin, arabic], () => {});
    expect(isolated.map((r) => r.text)).toContain('555-0100');
  });

  it('keeps brackets as typed in right-to-left runs, for the shaper to mirror', () => {
    // Visually the closing bracket comes first; it stays ")" in the run's (logical) text at an odd level.
    const runs = visualRuns('(مثال)', 'rtl', [latin, arabic], () => {});
    expect(runs.map((r) => [r.text, r.level % 2])).toEqual([
      [')', 1],
      ['مثال', 1],
      ['(', 1],
    ]);
  });

  it('keeps joiners, the byte order mark and combining marks in the run of the letter before them', () => {
    expect(
      show(visualRuns('\uFEFFمر\u200Cحبا Zoe\u0301\u200D', 'rtl', [latin, arabic], () => {})),
    ).toEqual(['latin:Zoe\u0301\u200D', 'arabic:\uFEFFمر\u200Cحبا ']);
  });

  it('draws a Hangul filler, which HarfBuzz draws as a glyph, with a font that has it', () => {
    const hangul: Face = {
      pdf: { name: 'hangul' } as CidFont,
      has: (cp) => cp >= 0x1100 && cp <= 0x11ff,
      fauxBold: false,
    };
    expect(show(visualRuns('Kim \u1100\u1160', 'ltr', [latin, hangul], () => {}))).toEqual([
      'latin:Kim ',
      'hangul:\u1100\u1160',
    ]);
    expect(show(visualRuns('Kim\u1160', 'ltr', [latin, hangul], () => {}))).toEqual([
      'latin:Kim',
      'hangul:\u1160',
    ]);
  });

  it('replaces a character no font has with a visible "�" and reports it', () => {
    const missing: string[] = [];
    const runs = visualRuns('Ana 李', 'ltr', [latin, arabic], (ch) => missing.push(ch));
    expect(runs.map((r) => r.text).join('')).toBe('Ana \uFFFD');
    expect(missing).toEqual(['李']);
  });

  it('drops invisible bidi controls, which fonts draw as boxes', () => {
    expect(
      visualRuns('a\u2067b\u2069c', 'ltr', [latin], () => {})
        .map((r) => r.text)
        .join(''),
    ).toBe('abc');
  });
});
