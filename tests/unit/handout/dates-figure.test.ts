import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDict, PDFName, PDFRawStream } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../src/main/checklist/example-protocols';
import { contentHash } from '../../../src/main/checklist/content-hash';
import { planDatesFigure } from '../../../src/main/handout/dates-figure';
import { buildHandoutContent, type HandoutBlock } from '../../../src/main/handout/handout-content';
import { renderHandout } from '../../../src/main/handout/render-handout';
import { translatorsFrom } from '../../../src/main/i18n/translators';
import { describeTimelineWhen } from '../../../src/shared/dates/describe-timeline-when';
import { timelineItems } from '../../../src/shared/dates/timeline-items';
import type { Language } from '../../../src/shared/languages';
import { DEFAULT_CLINIC_SETTINGS } from '../../../src/shared/schemas/clinic-settings';
import { resolveText, type LocalizedText } from '../../../src/shared/schemas/localized-text';
import type { HandoutPatient } from '../../../src/shared/schemas/session';
import { CLINIC_CONTACT } from '../../support/clinic-contact';
import { glossary, lessons, patientWith } from '../../support/handout-fixtures';
import { allNodes, loadPdf, structureTree } from '../../support/pdf-objects';
import { makeTempDir } from '../../support/temp-dir';

const carT = loadProtocolFolder(path.resolve('resources/protocols')).find((p) => p.id === 'example-car-t')!;
const translatorFor = translatorsFrom(path.resolve('locales'));
const preparedAt = new Date('2026-12-01T10:00:00Z');
const answers: Partial<HandoutPatient> = {
  keyDates: { 'cell-collection': '2027-01-11', lymphodepletion: '2027-02-01', infusion: null },
  tests: { 'infection-screening': { status: 'done', date: '2026-11-20' } },
};

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = makeTempDir()));
afterAll(() => cleanup());

function contentFor(language: Language) {
  return buildHandoutContent({ clinic: { ...DEFAULT_CLINIC_SETTINGS, ...CLINIC_CONTACT }, patient: patientWith({ firstName: 'Zoë', ...answers }), language, protocol: carT, contentHash: contentHash(carT), preparedAt, glossary, lessons, t: translatorFor(language) });
}
const figureOf = (blocks: HandoutBlock[]) => blocks.find((block): block is Extract<HandoutBlock, { kind: 'dates-figure' }> => block.kind === 'dates-figure')!.figure;

const renders = new Map<Language, ReturnType<typeof render>>();
/** Each language's handout is made once for the tests that read it. */
const rendered = (language: Language) => renders.get(language) ?? renders.set(language, render(language)).get(language)!;

async function render(language: Language) {
  const content = contentFor(language);
  const { bytes } = await renderHandout(content, { fontsDir: path.resolve('resources/fonts'), paper: 'letter', largePrint: false, createdAt: preparedAt });
  const file = path.join(dir, `${language}.pdf`);
  writeFileSync(file, bytes);
  return { file, bytes, figure: figureOf(content.blocks) };
}

describe('"Your dates at a glance" on the handout', () => {
  it('comes near the start, right after the first page’s dates and notices, under its heading', () => {
    const { blocks } = contentFor('en');
    const headings = blocks.filter((block) => block.kind === 'heading').map((block) => ('text' in block ? block.text : ''));
    expect(headings[0]).toBe('Your dates at a glance');
    expect(blocks[blocks.findIndex((block) => block.kind === 'dates-figure') - 1]).toEqual({ id: 'section:dates-figure', kind: 'heading', text: 'Your dates at a glance' });
  });

  it('lists in its text alternative every date in order, in words, asking for those not known yet', () => {
    const t = translatorFor('en');
    const items = timelineItems(carT, answers, '2026-12-01', t, (value: LocalizedText) => resolveText(value, 'en').text);
    const { alt, rows } = planDatesFigure(items, '2026-12-01', t, 'en');
    expect(alt.startsWith('A timeline of the dates, in order. Today is marked: On Tuesday, December 1, 2026.')).toBe(true);
    let from = 0;
    for (const item of items) {
      const said = `${item.label}: ${describeTimelineWhen(item.when, t, 'en')}`;
      const at = alt.indexOf(said, from);
      expect(at, said).toBeGreaterThanOrEqual(from);
      from = at + said.length;
    }
    expect(alt).toContain('Blood tests for hepatitis B, hepatitis C and HIV: On Friday, November 20, 2026. Done.');
    expect(alt).toContain('the infusion: Ask your care team for this date.');
    expect(rows.filter((row) => row.days === null).every((row) => row.when === 'Ask your care team for this date.')).toBe(true);
  });

  it.each(['en', 'ar', 'zh'] as const)('in %s, is one Figure in the tagged PDF whose /Alt is the text alternative, drawn with no picture', async (language) => {
    const { bytes, figure } = await rendered(language);
    const doc = await loadPdf(bytes);
    const figures = allNodes(structureTree(doc)).filter((node) => node.type === 'Figure');
    expect(figures.map((node) => node.alt)).toEqual([figure.alt]);
    expect(figures[0]?.mcids.length).toBeGreaterThan(0);
    // Vector lines, shapes and text only: no raster image anywhere in the file.
    const images = doc.context.enumerateIndirectObjects().filter(([, object]) => (object instanceof PDFDict || object instanceof PDFRawStream) && String((object instanceof PDFRawStream ? object.dict : object).get(PDFName.of('Subtype'))) === '/Image');
    expect(images).toEqual([]);
  });

  it('prints each row’s words and today, and mirrors the scale in Arabic: words on the reading side, time running right to left', async () => {
    /** Where the scale's years and the first row's date are across the first page. */
    const across = (file: string) => {
      const words = [...execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', file, '-'], { encoding: 'utf8' }).matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]+)</g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3] ?? '' }));
      // The scale's first mark is December 2026: the only "2026" standing alone; January's "2027" is on its line.
      const december = words.find((word) => word.text === '2026')!;
      const january = words.find((word) => word.text === '2027' && word.y === december.y)!;
      const firstRow = words.find((word) => word.y > december.y && /^\.?2026\.?$/.test(word.text))!;
      return { december: december.x, january: january.x, firstRow: firstRow.x };
    };
    const en = await rendered('en');
    const enText = execFileSync('pdftotext', ['-layout', en.file, '-'], { encoding: 'utf8' });
    expect(enText).toContain('By Dec 21, 2026.');
    expect(enText).toContain('Today');
    // In English the words are on the left, and time runs left to right.
    const enScale = across(en.file);
    expect(enScale.firstRow).toBeLessThan(enScale.december);
    expect(enScale.december).toBeLessThan(enScale.january);
    const arScale = across((await rendered('ar')).file);
    expect(arScale.firstRow).toBeGreaterThan(arScale.december);
    expect(arScale.december).toBeGreaterThan(arScale.january);
  });
});
