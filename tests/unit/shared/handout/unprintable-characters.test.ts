import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CidFont } from '../../../../src/main/handout/fonts/cid-font';
import { FONT_FILES } from '../../../../src/main/handout/fonts/font-files';
import { visualRuns } from '../../../../src/main/handout/typeset/bidi-runs';
import type { Face } from '../../../../src/main/handout/typeset/faces';
import { CodePointSet } from '@shared/handout/code-point-ranges';
import { FONT_COVERAGE } from '@shared/handout/font-coverage';
import { unprintableCharacters, unprintableFields } from '@shared/handout/unprintable-characters';

describe('unprintableCharacters', () => {
  it('finds nothing in text the shipped fonts print, line breaks and direction marks included', () => {
    expect(unprintableCharacters('Zoë Ñúñez\n김민준 \u2068555-0100\u2069 李小龙 สมชาย 😀')).toEqual(
      [],
    );
  });

  it('names each character no shipped font has, once, in the order they appear', () => {
    // An emoji newer than Unicode 9, a private-use character, an unassigned code point.
    expect(unprintableCharacters('🥰 a \u{F0001} 🥰 \u0378')).toEqual([
      '🥰',
      '\u{F0001}',
      '\u0378',
    ]);
  });

  it('names no character the handout draws as nothing, as an unassigned format code point', () => {
    // Found by the property below (seed 445604663): U+2065 is default-ignorable, so the handout drops it unseen.
    expect(unprintableCharacters('a\u2065\u200db')).toEqual([]);
  });

  it('takes letters in composed form, as the handout draws them', () => {
    expect(unprintableCharacters('Nguye\u0302\u0303n')).toEqual([]);
  });

  it('says where in a value each such text is', () => {
    expect(
      unprintableFields(
        {
          firstName: 'Ana 🥰',
          medicines: [{ name: 'Aspirin' }, { name: '\u{F0001}' }],
          worries: '',
        },
        'patient',
      ),
    ).toEqual([
      { location: 'patient.firstName', characters: ['🥰'] },
      { location: 'patient.medicines[1].name', characters: ['\u{F0001}'] },
    ]);
  });
});

describe('what the app says before and what the handout prints', () => {
  // The handout's own font chain, with each font's coverage from the same table the engine uses.
  const faces: Face[] = FONT_FILES.regular.map((name) => {
    const drawn = CodePointSet.decode(FONT_COVERAGE.get(name) ?? '');
    return { pdf: { name } as unknown as CidFont, has: (cp) => drawn.has(cp), fauxBold: false };
  });
  const ranges: Array<[number, number]> = [
    [0x0a, 0x0d],
    [0x20, 0x24f],
    [0x370, 0x52f],
    [0x590, 0x6ff],
    [0x900, 0xdff],
    [0x1100, 0x11ff],
    [0x1200, 0x139f],
    [0x1e00, 0x1fff],
    [0x2000, 0x2bff],
    [0x3000, 0x30ff],
    [0x4e00, 0x9fff],
    [0xac00, 0xd7af],
    [0xe000, 0xe0ff],
    [0x1f300, 0x1faff],
    [0x20000, 0x2fa1f],
    [0xf0000, 0xf00ff],
  ];
  const text = fc.array(
    fc
      .constantFrom(...ranges)
      .chain(([from, to]) => fc.integer({ min: from, max: to }))
      .map((cp) => String.fromCodePoint(cp)),
    { minLength: 1, maxLength: 30 },
  );

  it('agree on every character: the app names exactly those the handout replaces (property)', () => {
    fc.assert(
      fc.property(text, (chars) => {
        const line = chars.join('').normalize('NFC');
        const replaced = new Set<string>();
        visualRuns(line, 'ltr', faces, (ch) => replaced.add(ch));
        expect([...replaced].sort()).toEqual(unprintableCharacters(line).sort());
      }),
      { numRuns: 500 },
    );
  });
});
