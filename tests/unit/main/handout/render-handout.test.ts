import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { contentHash } from '../../../../src/main/protocol/content-hash';
import { buildHandoutContent } from '../../../../src/main/handout/handout-content';
import { renderHandout } from '../../../../src/main/handout/render-handout';
import { loadLocales } from '../../../../src/main/i18n/load-locales';
import { createI18n, type Translate } from '@shared/i18n/i18n-setup';
import type { Language } from '@shared/i18n/languages';
import { DEFAULT_CLINIC_SETTINGS, type ClinicSettings } from '@shared/schemas/clinic-settings';
import type { HandoutPatient } from '@shared/schemas/session';
import { glossary, lessons, patientWith } from '../../../support/handout-fixtures';
import { loadPdf, pageContents, textPaints } from '../../../support/pdf-objects';
import { pdfFonts, pdfText } from '../../../support/pdf-tools';
import { makeTempDir } from '../../../support/temp-dir';

const [protocol] = loadProtocolFolder(path.resolve('resources/protocols'));
const locales = loadLocales(path.resolve('locales'));
const fontsDir = path.resolve('resources/fonts');
const preparedAt = new Date('2026-03-08T10:30:00Z');

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = makeTempDir()));
afterAll(() => cleanup());

let clinic: ClinicSettings = DEFAULT_CLINIC_SETTINGS;

async function render(
  language: Language,
  firstName: string,
  answers: Partial<HandoutPatient> = {},
) {
  if (!protocol) throw new Error('no example protocol');
  const t = createI18n(locales, language).t as Translate;
  const content = buildHandoutContent({
    clinic,
    patient: patientWith({ firstName, ...answers }),
    language,
    protocol,
    contentHash: contentHash(protocol),
    preparedAt,
    glossary,
    lessons,
    t,
  });
  const rendered = await renderHandout(content, {
    fontsDir,
    paper: 'letter',
    largePrint: false,
    createdAt: preparedAt,
  });
  const file = path.join(dir, `${language}-${rendered.bytes.length}.pdf`);
  writeFileSync(file, rendered.bytes);
  return { ...rendered, file, t };
}

describe('renderHandout', () => {
  it.each([['en'], ['es'], ['ar'], ['zh']] as const)(
    'writes the name, the disclaimer and the checklist in %s',
    async (language) => {
      const { file, t, missingCharacters } = await render(language, 'Zoë Ñúñez-Łukasz');
      const text = pdfText(file);
      expect(text).toContain('Zoë Ñúñez-Łukasz');
      expect(missingCharacters).toEqual([]);
      if (language !== 'ar') {
        // Chinese wraps between characters, and pdftotext gives each line break back as a space.
        const comparable = (value: string) =>
          language === 'zh' ? value.replace(/\s+/g, '') : value;
        expect(comparable(text)).toContain(comparable(t('handout:notConsentForm')));
        expect(comparable(text)).toContain(comparable(t('checklist:neverStopAlone')));
        for (const rule of protocol?.medications ?? [])
          expect(comparable(text)).toContain(comparable(rule.medicine[language] as string));
      }
    },
  );

  it.each([['en'], ['zh']] as const)(
    'draws all its text in black in %s, and the outline of faux bold black, solid and as wide as ever, whatever was drawn before',
    async (language) => {
      const { bytes } = await render(language, 'Zoë Ñúñez-Łukasz');
      const contents = pageContents(await loadPdf(bytes));
      // Grey shapes, dashed lines and grey fills come before text on these pages: the state each leaves matters.
      expect(contents.join('\n')).toMatch(/\b0\.9 g\b/);
      expect(contents.join('\n')).toMatch(/\[[\d. ]+\] 0 d/);
      const paints = contents.flatMap(textPaints);
      expect(paints.length).toBeGreaterThan(100);
      for (const paint of paints) {
        expect(paint.fill).toBe('0');
        if (paint.mode === '0') continue;
        expect({ mode: paint.mode, stroke: paint.stroke, dash: paint.dash }).toEqual({
          mode: '2',
          stroke: '0',
          dash: '[] 0',
        });
        expect(Number(paint.width)).toBeCloseTo(Number(paint.size) * 0.035, 3);
      }
      // Chinese has no bold font of its own: its headings are the faux bold this checks.
      expect(paints.some((paint) => paint.mode === '2')).toBe(language === 'zh');
    },
  );

  it('embeds every font it uses and none of the standard 14', async () => {
    const { file } = await render('ar', 'Zoë');
    const fonts = pdfFonts(file);
    expect(fonts.map((f) => f.name).join(' ')).toMatch(/NotoSansArabic/);
    for (const font of fonts) {
      expect(font.embedded).toBe(true);
      expect(font.type).toBe('CID TrueType');
      // Named "ABCDEF+Name" as PDF requires for a subset, so checkers and printers know it is one.
      expect(font.name).toMatch(/^[A-Z]{6}\+Noto/);
      expect(font.subset).toBe(true);
    }
  });

  it('gives the same bytes for the same handout', async () => {
    const first = await render('zh', '李小龙');
    const second = await render('zh', '李小龙');
    expect(Buffer.compare(Buffer.from(first.bytes), Buffer.from(second.bytes))).toBe(0);
  });

  it('records title, language, author and creation date', async () => {
    const { bytes } = await render('es', 'Ana');
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe('Resumen de preparación para Ana');
    expect(doc.getAuthor()).toBe('Gene Therapy Companion');
    expect(doc.getCreationDate()?.toISOString()).toBe(preparedAt.toISOString());
    expect(doc.catalog.toString()).toContain('/Lang (es)');
  });

  it('draws names in Chinese, Hebrew, Devanagari, Greek, Cyrillic and Vietnamese with the shipped fonts', async () => {
    const name = '李小龙 יעל अनन्या Ελένη Ольга Nguyễn';
    const { file, missingCharacters } = await render('en', name);
    expect(missingCharacters).toEqual([]);
    const text = pdfText(file);
    for (const part of ['李小龙', 'Ελένη', 'Ольга', 'Nguyễn']) expect(text).toContain(part);
  });

  it('draws a character no font has as a visible "�" and reports it, without failing', async () => {
    // An emoji newer than the shipped emoji font (Unicode 9).
    const { file, missingCharacters } = await render('en', 'Ana 🥰');
    expect(missingCharacters).toEqual(['🥰']);
    expect(pdfText(file)).toContain('Ana \uFFFD');
    // Widths and shapes are remembered across documents; the report is still each document's own.
    expect((await render('en', 'Ana 🥰')).missingCharacters).toEqual(['🥰']);
    expect((await render('en', 'Ana')).missingCharacters).toEqual([]);
  });

  it("prints the clinic's name, numbers and emergency wording from its settings", async () => {
    clinic = {
      ...DEFAULT_CLINIC_SETTINGS,
      clinicName: 'North Clinic',
      phoneOfficeHours: '555-0100',
      phoneAfterHours: '555-0199',
      emergencyInstruction: {
        en: 'Call 911 in an emergency.',
        es: 'Llame al 911 en una emergencia.',
      },
      address: '1 Main Street, Springfield',
    };
    const es = pdfText((await render('es', 'Ana')).file);
    clinic = DEFAULT_CLINIC_SETTINGS;
    for (const text of [
      'North Clinic',
      '555-0100',
      '555-0199',
      'Llame al 911 en una emergencia.',
      '1 Main Street, Springfield',
    ])
      expect(es).toContain(text);
    // The cut-out wallet card carries the 24-hour number.
    expect(es).toContain('He recibido terapia génica');
    expect(es).toContain('Mi equipo médico, 24 horas: 555-0199');
    const plain = pdfText((await render('en', 'Ana')).file);
    expect(plain).not.toContain('North Clinic');
    expect(plain).toContain(createI18n(locales, 'en').t('handout:emergencyDefault'));
  });

  it('splits a long table between rows, repeating its header on every page it reaches', async () => {
    if (!protocol) throw new Error('no example protocol');
    const t = createI18n(locales, 'en').t as Translate;
    const followUp = Array.from({ length: 60 }, (_, i) => ({
      ...protocol.afterTreatment.followUp[0]!,
      id: `check-${i}`,
      what: { en: `Check number ${i}` },
    }));
    const long = { ...protocol, afterTreatment: { ...protocol.afterTreatment, followUp } };
    const content = buildHandoutContent({
      clinic,
      patient: patientWith({ firstName: 'Ana' }),
      language: 'en',
      protocol: long,
      contentHash: contentHash(long),
      preparedAt,
      glossary,
      lessons,
      t,
    });
    const rendered = await renderHandout(content, {
      fontsDir,
      paper: 'letter',
      largePrint: false,
      createdAt: preparedAt,
    });
    const file = path.join(dir, 'table.pdf');
    writeFileSync(file, rendered.bytes);
    // From the table on: the dates at a glance near the start name each check too.
    const all = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
    const pages = all.slice(
      all.findIndex((page) => page.includes(t('handout:followUpTable.what'))),
    );
    const withRows = pages.filter((page) => /Check number \d+/.test(page));
    expect(withRows.length).toBeGreaterThan(1);
    for (const page of withRows) expect(page).toContain(t('handout:followUpTable.what'));
    // Every row is there once, whole, in order.
    const rows = [...pages.join('\n').matchAll(/Check number (\d+)/g)].map((m) => Number(m[1]));
    expect(rows).toEqual(Array.from({ length: 60 }, (_, i) => i));
  });

  it('splits a row taller than a page between its lines, under the repeated header, as one cell for screen readers', async () => {
    if (!protocol) throw new Error('no example protocol');
    const t = createI18n(locales, 'en').t as Translate;
    const long = Array.from({ length: 120 }, (_, i) => `Line${i}`).join('\n');
    const followUp = [
      { ...protocol.afterTreatment.followUp[0]!, id: 'long-one', what: { en: long } },
      {
        ...protocol.afterTreatment.followUp[0]!,
        id: 'after',
        what: { en: 'Row after the long one' },
      },
    ];
    const tall = { ...protocol, afterTreatment: { ...protocol.afterTreatment, followUp } };
    const content = buildHandoutContent({
      clinic,
      patient: patientWith({ firstName: 'Ana' }),
      language: 'en',
      protocol: tall,
      contentHash: contentHash(tall),
      preparedAt,
      glossary,
      lessons,
      t,
    });
    const rendered = await renderHandout(content, {
      fontsDir,
      paper: 'letter',
      largePrint: false,
      createdAt: preparedAt,
    });
    const file = path.join(dir, 'tall-row.pdf');
    writeFileSync(file, rendered.bytes);
    // From the table on: the dates at a glance near the start show the first lines of the long label too.
    const all = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
    const pages = all.slice(
      all.findIndex((page) => page.includes(t('handout:followUpTable.what'))),
    );
    const withLines = pages.filter((page) => /Line\d+/.test(page));
    expect(withLines.length).toBeGreaterThan(1);
    for (const page of withLines) expect(page).toContain(t('handout:followUpTable.what'));
    expect([...pages.join('\n').matchAll(/Line(\d+)/g)].map((m) => Number(m[1]))).toEqual(
      Array.from({ length: 120 }, (_, i) => i),
    );
    expect(pages.join('\n')).toContain('Row after the long one');
    // Nothing is drawn into the footer's space: every line of the cell sits above it.
    const boxes = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    const lowest = Math.max(
      ...[...boxes.matchAll(/yMax="([\d.]+)">Line\d+</g)].map((m) => Number(m[1])),
    );
    expect(lowest).toBeLessThan(792 - 54 - 36 + 1);
    // The long cell is one TD element for screen readers, not one per page.
    const structure = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' }).split(
      '\n',
    );
    const start = structure.findIndex(
      (line, i) => line.includes('"Line0 ') && structure[i - 1]?.trim() === 'TD',
    );
    expect(start).toBeGreaterThan(0);
    const end = structure.findIndex((line, i) => i > start && !line.trim().startsWith('"'));
    expect(structure.slice(start, end).join(' ')).toContain('Line119');
  });

  it('sets a Latin medicine name in an Arabic handout against the right edge, where the list starts', async () => {
    const { file } = await render('ar', 'هدى', { medicines: [{ id: 'm-1', name: 'Medroll 4mg' }] });
    const boxes = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
    const box = (word: string) => {
      const found = new RegExp(
        `xMin="([\\d.]+)" yMin="[\\d.]+" xMax="([\\d.]+)" yMax="[\\d.]+">${word}<`,
      ).exec(boxes);
      return { xMin: Number(found?.[1]), xMax: Number(found?.[2]) };
    };
    // Letter paper is 612 points wide; a list item's text ends at the 54-point margin and the 20-point tick box.
    expect(Math.max(box('Medroll').xMax, box('4mg').xMax)).toBeCloseTo(612 - 54 - 20, 0);
    expect(box('Medroll').xMin).toBeGreaterThan(612 / 2);
  });

  it('adds pages when the content is longer than one page, with the page count in every footer', async () => {
    const { file } = await render('en', 'Ana', { worries: 'Ana '.repeat(499).trim() });
    const footers = [...pdfText(file).matchAll(/page (\d+) of (\d+)/g)].map((m) => [
      Number(m[1]),
      Number(m[2]),
    ]);
    const pages = footers[0]?.[1] ?? 0;
    expect(pages).toBeGreaterThan(1);
    expect(footers).toEqual(Array.from({ length: pages }, (_, i) => [i + 1, pages]));
  });
});
