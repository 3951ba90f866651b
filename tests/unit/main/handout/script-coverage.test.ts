import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { makeHandout } from '../../../../src/main/handout/make-handout';
import { unprintableCharacters } from '@shared/handout/unprintable-characters';
import { DEFAULT_CLINIC_SETTINGS } from '@shared/schemas/clinic-settings';
import { handoutDeps, patientWith } from '../../../support/handout-fixtures';
import { pdfFonts, pdfText } from '../../../support/pdf-tools';
import { SCRIPT_SAMPLES } from '../../../support/script-samples';
import { makeTempDir } from '../../../support/temp-dir';

const [protocol] = loadProtocolFolder(path.resolve('resources/protocols'));

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = makeTempDir()));
afterAll(() => cleanup());

/** What MuPDF says while drawing every page; it uses no system fonts, so a glyph the PDF lacks shows here. */
function mupdfMessages(file: string): string {
  const run = spawnSync('mutool', ['draw', '-r', '36', '-o', path.join(dir, 'page%d.png'), file], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`mutool draw failed: ${run.stderr}`);
  // This build of MuPDF always says it has no colour management; that is no problem of the PDF.
  return `${run.stdout}${run.stderr}`.replace(/^warning: ICC support is not available\n/m, '');
}

describe('every script the handout supports', () => {
  it('prints a sample of each, in the name, the medicines and the questions, with every font embedded', async () => {
    if (!protocol) throw new Error('no example protocol');
    const samples = SCRIPT_SAMPLES.map((sample) => sample.text);
    const patient = patientWith({
      firstName: SCRIPT_SAMPLES.map((sample) => sample.text.split(' ')[0]).join(' '),
      medicines: samples.map((text, i) => ({ id: `m${i}`, name: text })),
      questions: {
        chosen: [],
        own: samples.map((text, i) => ({ id: `q${i}`, text: `${text}?` })),
        topThree: [],
      },
    });
    const rendered = await makeHandout(
      {
        protocol,
        patient,
        language: 'en',
        clinic: DEFAULT_CLINIC_SETTINGS,
        paper: 'letter',
        largePrint: false,
        preparedAt: new Date('2026-03-08T10:30:00Z'),
      },
      handoutDeps,
    );
    expect(rendered.missingCharacters).toEqual([]);
    const file = path.join(dir, 'all-scripts.pdf');
    writeFileSync(file, rendered.bytes);

    expect(mupdfMessages(file)).not.toMatch(/warning|error|missing|glyph/i);
    const fonts = pdfFonts(file);
    for (const font of fonts) expect(font.embedded, font.name).toBe(true);
    const names = fonts.map((font) => font.name).join(' ');
    for (const expected of [
      'NotoSansThai',
      'NotoSansBengali',
      'NotoSansEthiopic',
      'DroidSansFallback',
      'NanumGothic',
      'HanaMinB',
      'Symbola',
    ])
      expect(names).toContain(expected);
    const text = pdfText(file);
    for (const sample of [
      'Nguyễn Thị Hương',
      'Ольга',
      'Ελένη',
      '김민준',
      '𠮷野',
      'ქართული',
      'Հայերեն',
    ])
      expect(text).toContain(sample);
  });

  it.each(SCRIPT_SAMPLES)(
    '$script: every character is printable, as the app tells the person',
    ({ text }) => {
      expect(unprintableCharacters(text)).toEqual([]);
    },
  );
});
