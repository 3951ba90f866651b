import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import bidiFactory from 'bidi-js';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import type { CidFont } from '../../../../src/main/handout/fonts/cid-font';
import { FONT_FILES } from '../../../../src/main/handout/fonts/font-files';
import { shapingFont } from '../../../../src/main/handout/fonts/shaping-font';
import { makeHandout } from '../../../../src/main/handout/make-handout';
import { visualRuns } from '../../../../src/main/handout/typeset/bidi-runs';
import type { Face } from '../../../../src/main/handout/typeset/faces';
import { DEFAULT_CLINIC_SETTINGS } from '@shared/schemas/clinic-settings';
import { writeFileSync } from 'node:fs';
import { handoutDeps, patientWith } from '../../../support/handout-fixtures';
import { pdfText } from '../../../support/pdf-tools';
import { makeTempDir } from '../../../support/temp-dir';

const bidi = bidiFactory();
const fontsDir = path.resolve('resources/fonts');
const faces: Face[] = await Promise.all(
  FONT_FILES.regular.map(async (name) => {
    const font = await shapingFont(fontsDir, name);
    return { pdf: { name } as CidFont, has: (cp: number) => font.has(cp), fauxBold: false };
  }),
);

// Scripts a name may be written in, plus characters no font has (emoji, private use, unassigned).
const ranges: Array<[number, number]> = [
  [0x20, 0x7e],
  [0xa1, 0x17f],
  [0x370, 0x3ff],
  [0x400, 0x4ff],
  [0x5d0, 0x5ea],
  [0x600, 0x64a],
  [0x900, 0x97f],
  [0x1ea0, 0x1ef9],
  [0x3040, 0x30ff],
  [0x4e00, 0x9fff],
  [0xac00, 0xd7a3],
  [0x1f600, 0x1f64f],
  [0xe000, 0xe0ff],
  [0x2066, 0x2069],
];
const char = fc
  .constantFrom(...ranges)
  .chain(([from, to]) => fc.integer({ min: from, max: to }))
  .map((cp) => String.fromCodePoint(cp));
const text = fc.array(char, { minLength: 1, maxLength: 40 }).map((chars) => chars.join(''));
const isControl = (ch: string) => /[\u2066-\u2069]/.test(ch);

describe('typesetting any text', () => {
  it('keeps every character or reports it, in either direction (thousands of cases)', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('ltr' as const, 'rtl' as const), (input, direction) => {
        const missing = new Set<string>();
        const shown = visualRuns(input.normalize('NFC'), direction, faces, (ch) => missing.add(ch))
          .map((run) => run.text)
          .join('');
        for (const ch of input.normalize('NFC')) {
          if (isControl(ch)) continue;
          const mirrored = bidi.getMirroredCharacter(ch) ?? ch;
          expect(
            shown.includes(ch) || shown.includes(mirrored) || missing.has(ch),
            `U+${(ch.codePointAt(0) ?? 0).toString(16)}`,
          ).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('a handout for any name', () => {
  const [protocol] = loadProtocolFolder(path.resolve('resources/protocols'));
  // Scripts whose letters pdftotext gives back one for one (joined Arabic and Devanagari come back reshaped).
  const readable = fc
    .constantFrom<[number, number]>(
      [0x41, 0x5a],
      [0xc0, 0x17f],
      [0x391, 0x3c9],
      [0x410, 0x44f],
      [0x5d0, 0x5ea],
      [0x4e00, 0x9fff],
      [0x1f600, 0x1f64f],
      [0xe000, 0xe0ff],
    )
    .chain(([from, to]) => fc.integer({ min: from, max: to }))
    .map((cp) => String.fromCodePoint(cp));

  it('never fails, and every letter is either printed or reported as replaced', async () => {
    const { dir, cleanup } = makeTempDir();
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(readable, { minLength: 1, maxLength: 12 }), async (letters) => {
          const firstName = letters.join('').normalize('NFC');
          const rendered = await makeHandout(
            {
              protocol: protocol!,
              patient: patientWith({ firstName }),
              language: 'en',
              clinic: DEFAULT_CLINIC_SETTINGS,
              paper: 'letter',
              largePrint: false,
              preparedAt: new Date('2026-11-22T10:00:00Z'),
            },
            handoutDeps,
          );
          const file = path.join(dir, 'handout.pdf');
          writeFileSync(file, rendered.bytes);
          const extracted = pdfText(file);
          for (const ch of firstName)
            expect(
              extracted.includes(ch) || rendered.missingCharacters.includes(ch),
              `U+${(ch.codePointAt(0) ?? 0).toString(16)}`,
            ).toBe(true);
        }),
        { numRuns: 25 },
      );
    } finally {
      cleanup();
    }
  }, 120_000);
});
