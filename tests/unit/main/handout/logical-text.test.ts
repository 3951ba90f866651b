import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { makeHandout } from '../../../../src/main/handout/make-handout';
import type { Language } from '@shared/i18n/languages';
import { DEFAULT_CLINIC_SETTINGS } from '@shared/schemas/clinic-settings';
import { handoutDeps, patientWith } from '../../../support/handout-fixtures';
import { rightToLeftInReadingOrder } from '../../../support/pdf-tools';
import { makeTempDir } from '../../../support/temp-dir';

const [protocol] = loadProtocolFolder(path.resolve('resources/protocols'));

/** Texts whose drawn glyphs are not their characters one for one, each as a patient's own question. */
const QUESTIONS = {
  arabic: 'هل سأحتاج إلى البقاء في المستشفى بعد العلاج',
  hebrew: 'האם אצטרך להישאר בבית החולים',
  devanagari: 'क्या मुझे अस्पताल में रहना होगा कि कृपया',
  vietnamese: 'Tôi có cần ở lại bệnh viện không ệ ậ ở ữ',
  combining: 'Cafe\u0301 and x\u0323\u0302 q\u0307\u0301',
  // Marks inside words, drawn where HarfBuzz puts them: apart from their letter, or over a narrow one.
  arabicMarks: 'هل أقصّ البطاقة وأعطيها لمُحَمَّدٍ أو لعَبْدِ الرَّحْمٰن الآن',
  hebrewPoints: 'האם אֶצְטָרֵךְ לְהִישָּׁאֵר בבית החולים',
  marksInWords: 'Ti\u0323\u0302n W\u0323\u0302ong Mi\u0331nh',
  // Found by the random-text property test: marks stacked high on one letter, a Thai tone mark and a Myanmar
  // vowel sign with no letter before them, a Bengali candrabindu twice over.
  marks: 'V\u0304\u0314\u030f and \u0e48\u0e1e and \u0995\u0981\u0981 and \u1030\ua9ef',
  // Two of the newer Arabic marks on one letter, which poppler takes for left-to-right (rightToLeftInReadingOrder).
  newerArabicMarks: 'ب\u065C\u065F',
  // Found by the property test: a Hebrew point on a space after a plus sign, which poppler takes for part of a
  // number (rightToLeftInReadingOrder).
  pointAfterPlusSign: '\uFB29 \u05BB\u05D5',
  // Also found by it: a newer Arabic letter after a digit, which poppler takes for left-to-right.
  newerArabicLetterAfterDigit: '\u0648\u06F5\u08AF',
  // Found by it at seed 701: Arabic number signs, which poppler takes for letters (rightToLeftInReadingOrder); a
  // number sign before its digits, as the sign is written; Arabic digits with an Arabic comma, and the sign
  // U+08E2, which poppler takes for neither letter nor number.
  numberSigns: 'ب\u0600\u0605',
  numberSignBeforeDigits: '\u0600\u0661\u060C\u0662',
  arabicNumbers: 'ب\u0661\u060C\u0662 \u08E2\u0600',
  joiners: 'Ana\u200DMaria Jo\u200Cnas \uFEFFstart क्\u200Dष',
};
const NAME = '\uFEFFZo\u200Dë Ñúñez';

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = makeTempDir()));
afterAll(() => cleanup());

async function render(language: Language): Promise<string> {
  const own = Object.values(QUESTIONS).map((text, i) => ({ id: `q${i}`, text }));
  const rendered = await makeHandout(
    {
      protocol: protocol!,
      patient: patientWith({ firstName: NAME, questions: { chosen: [], own, topThree: [] } }),
      language,
      clinic: DEFAULT_CLINIC_SETTINGS,
      paper: 'letter',
      largePrint: false,
      preparedAt: new Date('2026-11-22T10:00:00Z'),
    },
    handoutDeps,
  );
  expect(rendered.missingCharacters).toEqual([]);
  const file = path.join(dir, `${language}.pdf`);
  writeFileSync(file, rendered.bytes);
  return file;
}

/**
 * pdftotext's text, as search, copy and many screen-reader paths get it. It wraps each right-to-left line in
 * embedding marks (U+202B … U+202C), which are not content, and writes no U+FEFF at all, wherever it stands:
 * the byte order mark is checked in the PDF's logical text below instead.
 */
const extracted = (file: string) =>
  rightToLeftInReadingOrder(
    execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
  )
    .replace(/[\u202a-\u202e]/g, '')
    .replace(/\s+/g, ' ');
const asExtracted = (text: string) => text.normalize('NFC').replace(/\uFEFF/g, '');

/** Every /ActualText in the PDF, decoded (UTF-16BE after its own byte order mark). */
function actualTexts(file: string): string[] {
  const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', file, '-'], {
    encoding: 'latin1',
  });
  return [...qdf.matchAll(/\/ActualText <feff([0-9a-f]*)>/gi)].map(([, hex = '']) =>
    Buffer.from(hex, 'hex').swap16().toString('utf16le'),
  );
}

/** The glyphs MuPDF draws, in content order, from its trace of every page. */
function drawnGlyphs(file: string): Array<{ unicode: string; glyph: string; x: number }> {
  const trace = execFileSync('mutool', ['draw', '-F', 'trace', '-o', '-', file], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return [...trace.matchAll(/<g unicode="([^"]*)" glyph="([^"]*)" x="([-\d.]+)"/g)].map(
    ([, unicode = '', glyph = '', x = '']) => ({ unicode, glyph, x: Number(x) }),
  );
}

describe.each([['en'], ['ar']] as const)(
  'the text a reader extracts from a handout in %s',
  (language) => {
    let file: string;
    // What pdftotext and MuPDF give, each read once for all the tests below.
    let text: string;
    let glyphs: ReturnType<typeof drawnGlyphs>;
    beforeAll(async () => {
      file = await render(language);
      text = extracted(file);
      glyphs = drawnGlyphs(file);
    }, 60_000);

    // Left out for Arabic: in a right-to-left line, poppler moves combining marks that end a left-to-right word
    // ("q\u0307\u0301") to the front of the line when it reorders, though the PDF keeps them after their letter.
    // Left out for English: in a left-to-right line, poppler puts the newer Arabic marks it takes for left-to-right
    // before their letter's right-to-left run, the plus sign after the Hebrew it stands before (their
    // /ActualText is checked below), and an Arabic number before the Arabic letters it follows.
    const leftOut: readonly string[] =
      language === 'ar'
        ? ['combining']
        : [
            'newerArabicMarks',
            'pointAfterPlusSign',
            'newerArabicLetterAfterDigit',
            'numberSigns',
            'arabicNumbers',
          ];
    it.each(Object.entries(QUESTIONS).filter(([name]) => !leftOut.includes(name)))(
      'gives back %s in logical order, as typed',
      (_, question) => {
        expect(text).toContain(asExtracted(question));
      },
    );

    it('gives back a name with a byte order mark and a joiner, which draw nothing', () => {
      expect(text).toContain(asExtracted(NAME));
    });

    it('keeps the byte order mark and the joiners in the logical text of the words they are in', () => {
      const logical = actualTexts(file);
      for (const word of ['Ana\u200DMaria', 'Jo\u200Cnas \uFEFFstart', '\uFEFFZo\u200Dë'])
        expect(logical).toContain(word);
    });

    it.each(['newerArabicMarks', 'pointAfterPlusSign'] as const)(
      'keeps %s in the order typed: the /ActualText is it reversed, as drawn',
      (name) => {
        expect(actualTexts(file)).toContain(Array.from(QUESTIONS[name]).reverse().join(''));
      },
    );

    it('draws an Arabic number, its signs and digits, left to right, as the bidi algorithm sets it', () => {
      const drawn = glyphs.map(({ unicode }) => unicode);
      const at = (sequence: string) =>
        drawn.findIndex((_, i) => drawn.slice(i, i + sequence.length).join('') === sequence);
      for (const number of ['\u0600\u0605', '\u0600\u0661\u060C\u0662', '\u08E2\u0600'])
        expect(at(number)).toBeGreaterThanOrEqual(0);
    });

    it.runIf(language === 'ar')(
      'is given Arabic number signs in reverse by pdftotext, whose table has U+0600–U+0603 as letters',
      () => {
        const poppler = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], {
          encoding: 'utf8',
        });
        expect(poppler).toContain('ب\u202A\u0605\u202C\u0600');
        expect(poppler).toContain('\u202A\u0661\u060C\u0662\u202C\u0600');
      },
    );

    it('gives a span of its own only to words whose glyphs do not read back: plain words carry their text in their glyphs', () => {
      const logical = actualTexts(file);
      expect(logical.length).toBeGreaterThan(0);
      expect(logical.filter((text) => /^[A-Za-z]+$/.test(text))).toEqual([]);
    });

    it('draws every page in MuPDF, which uses no system font, without a missing glyph', () => {
      expect(glyphs.length).toBeGreaterThan(1000);
      expect(glyphs.filter(({ glyph }) => glyph === '0' || glyph === '.notdef')).toEqual([]);
    });

    it('draws no glyph at all for a joiner or a byte order mark', () => {
      const drawn = glyphs.map(({ unicode }) => unicode).join('');
      expect(drawn).toContain('AnaMaria Jonas start');
      expect(drawn).toContain('Zoë Ñúñez');
    });

    it('draws combining marks over their letter, not after it', () => {
      const base = glyphs.findIndex(
        ({ unicode }, i) => unicode === 'x' && glyphs[i + 1]?.unicode === '\u0323',
      );
      const [letter, below, above, next] = glyphs.slice(base, base + 4);
      expect([below?.unicode, above?.unicode]).toEqual(['\u0323', '\u0302']);
      // A mark has no advance of its own: drawn without HarfBuzz's offset it would stand where the next glyph starts.
      for (const mark of [below, above]) {
        expect(mark?.x).toBeGreaterThan(letter?.x as number);
        expect(Math.abs((mark?.x as number) - (next?.x as number))).toBeGreaterThan(0.05);
      }
    });
  },
);
