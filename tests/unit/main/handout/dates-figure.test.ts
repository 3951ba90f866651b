import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDict, PDFName, PDFRawStream } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { contentHash } from '../../../../src/main/protocol/content-hash';
import { planDatesFigure } from '../../../../src/main/handout/dates-figure';
import {
  buildHandoutContent,
  type HandoutBlock,
} from '../../../../src/main/handout/handout-content';
import { renderHandout } from '../../../../src/main/handout/render-handout';
import { translatorsFrom } from '../../../../src/main/i18n/translators';
import { describeDeadlinePassed, describeTimelineWhen } from '@shared/dates/describe-timeline-when';
import { timelineItems } from '@shared/dates/timeline-items';
import type { Language } from '@shared/i18n/languages';
import { DEFAULT_CLINIC_SETTINGS } from '@shared/schemas/clinic-settings';
import { resolveText, type LocalizedText } from '@shared/schemas/localized-text';
import type { HandoutPatient } from '@shared/schemas/session';
import { CLINIC_CONTACT } from '../../../support/clinic-contact';
import { glossary, lessons, patientWith } from '../../../support/handout-fixtures';
import { allNodes, loadPdf, structureTree } from '../../../support/pdf-objects';
import { makeTempDir } from '../../../support/temp-dir';

const carT = loadProtocolFolder(path.resolve('resources/protocols')).find(
  (p) => p.id === 'example-car-t',
)!;
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

function contentFor(language: Language, given: Partial<HandoutPatient> = answers, at = preparedAt) {
  return buildHandoutContent({
    clinic: { ...DEFAULT_CLINIC_SETTINGS, ...CLINIC_CONTACT },
    patient: patientWith({ firstName: 'Zoë', ...given }),
    language,
    protocol: carT,
    contentHash: contentHash(carT),
    preparedAt: at,
    glossary,
    lessons,
    t: translatorFor(language),
  });
}
const figureOf = (blocks: HandoutBlock[]) =>
  blocks.find(
    (block): block is Extract<HandoutBlock, { kind: 'dates-figure' }> =>
      block.kind === 'dates-figure',
  )!.figure;

const renders = new Map<Language, ReturnType<typeof render>>();
/** Each language's handout is made once for the tests that read it. */
const rendered = (language: Language) =>
  renders.get(language) ?? renders.set(language, render(language)).get(language)!;

async function render(language: Language) {
  const content = contentFor(language);
  const { bytes } = await renderHandout(content, {
    fontsDir: path.resolve('resources/fonts'),
    paper: 'letter',
    largePrint: false,
    createdAt: preparedAt,
  });
  const file = path.join(dir, `${language}.pdf`);
  writeFileSync(file, bytes);
  return { file, bytes, figure: figureOf(content.blocks) };
}

describe('"Your dates at a glance" on the handout', () => {
  it('comes near the start, right after the first page’s dates and notices, under its heading', () => {
    const { blocks } = contentFor('en');
    const headings = blocks
      .filter((block) => block.kind === 'heading')
      .map((block) => ('text' in block ? block.text : ''));
    expect(headings[0]).toBe('Your dates at a glance');
    expect(blocks[blocks.findIndex((block) => block.kind === 'dates-figure') - 1]).toEqual({
      id: 'section:dates-figure',
      kind: 'heading',
      text: 'Your dates at a glance',
    });
  });

  it('lists in its text alternative every date in order, in words, asking for those not known yet', () => {
    const t = translatorFor('en');
    const items = timelineItems(
      carT,
      answers,
      '2026-12-01',
      t,
      (value: LocalizedText) => resolveText(value, 'en').text,
    );
    const { alt } = planDatesFigure(items, '2026-12-01', t, 'en');
    expect(
      alt.startsWith(
        'A timeline of the dates, in order. Today is marked: On Tuesday, December 1, 2026.',
      ),
    ).toBe(true);
    let from = 0;
    for (const item of items) {
      const said = `${item.label}: ${describeTimelineWhen(item.when, t, 'en')}`;
      const at = alt.indexOf(said, from);
      expect(at, said).toBeGreaterThanOrEqual(from);
      from = at + said.length;
    }
    expect(alt).toContain(
      'Blood tests for hepatitis B, hepatitis C and HIV: On Friday, November 20, 2026. Done.',
    );
    expect(alt).toContain('the infusion: Ask your care team for this date.');
  });

  it('puts only the dated items on the scale, and names the others once each in a list under it', () => {
    const t = translatorFor('en');
    const items = timelineItems(
      carT,
      answers,
      '2026-12-01',
      t,
      (value: LocalizedText) => resolveText(value, 'en').text,
    );
    const { rows, undated, scale } = planDatesFigure(items, '2026-12-01', t, 'en');
    const capital = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);
    expect(rows.map((row) => row.label)).toEqual(
      items.filter((item) => item.when.kind !== 'unknown').map((item) => capital(item.label)),
    );
    expect(rows.map((row) => row.label).slice(0, 3)).toEqual([
      'Blood tests for hepatitis B, hepatitis C and HIV',
      'Avoid live vaccines (for example MMR, chickenpox, yellow fever, nasal flu vaccine)',
      'Your cell collection',
    ]);
    expect(rows.some((row) => row.when.includes('Ask your care team'))).toBe(false);
    expect(scale).not.toBeNull();
    expect(undated?.intro).toBe('Dates not known yet. Ask your care team for them:');
    expect(undated?.labels).toEqual(
      items.filter((item) => item.when.kind === 'unknown').map((item) => capital(item.label)),
    );
    expect(new Set(undated?.labels).size).toBe(undated?.labels.length);
  });

  it('with no date known, has no scale: one calm sentence and the list of every item', () => {
    const t = translatorFor('en');
    const items = timelineItems(
      carT,
      {},
      '2026-12-01',
      t,
      (value: LocalizedText) => resolveText(value, 'en').text,
    );
    const { rows, undated, scale, alt } = planDatesFigure(items, '2026-12-01', t, 'en');
    expect([rows, scale]).toEqual([[], null]);
    expect(undated?.intro).toBe('No dates are known yet. Ask your care team for these dates:');
    expect(undated?.labels).toHaveLength(items.length);
    for (const item of items)
      expect(alt).toContain(`${item.label}: Ask your care team for this date.`);
    expect(
      planDatesFigure(
        timelineItems(
          carT,
          {
            keyDates: {
              'cell-collection': '2027-01-11',
              lymphodepletion: '2027-02-01',
              infusion: '2027-02-06',
            },
          },
          '2026-12-01',
          t,
          (value: LocalizedText) => resolveText(value, 'en').text,
        ),
        '2026-12-01',
        t,
        'en',
      ).undated,
    ).toBeNull();
  });

  it('flags a deadline gone by on its row and in its /Alt, in the shared words', () => {
    const t = translatorFor('en');
    const items = timelineItems(
      carT,
      answers,
      '2026-12-22',
      t,
      (value: LocalizedText) => resolveText(value, 'en').text,
    );
    const { rows, alt } = planDatesFigure(items, '2026-12-22', t, 'en');
    const words = describeDeadlinePassed(t);
    // Avoiding live vaccines was due by 21 December (6 weeks before the chemotherapy on 1 February).
    expect(rows.filter((row) => row.passed !== null).map((row) => [row.label, row.passed])).toEqual(
      [
        [
          'Avoid live vaccines (for example MMR, chickenpox, yellow fever, nasal flu vaccine)',
          words,
        ],
      ],
    );
    expect(alt).toContain(
      `Avoid live vaccines (for example MMR, chickenpox, yellow fever, nasal flu vaccine): By Monday, December 21, 2026. ${words}`,
    );
    expect(alt.split(words)).toHaveLength(2);
  });

  it.each(['en', 'ar', 'zh'] as const)(
    'in %s, is one Figure in the tagged PDF whose /Alt is the text alternative, drawn with no picture',
    async (language) => {
      const { bytes, figure } = await rendered(language);
      const doc = await loadPdf(bytes);
      const figures = allNodes(structureTree(doc)).filter((node) => node.type === 'Figure');
      expect(figures.map((node) => node.alt)).toEqual([figure.alt]);
      expect(figures[0]?.mcids.length).toBeGreaterThan(0);
      // Vector lines, shapes and text only: no raster image anywhere in the file.
      const images = doc.context
        .enumerateIndirectObjects()
        .filter(
          ([, object]) =>
            (object instanceof PDFDict || object instanceof PDFRawStream) &&
            String(
              (object instanceof PDFRawStream ? object.dict : object).get(PDFName.of('Subtype')),
            ) === '/Image',
        );
      expect(images).toEqual([]);
    },
  );

  it('prints each row’s words and today, and mirrors the scale in Arabic: words on the reading side, time running right to left', async () => {
    /** Where the scale's years and the first row's date are across the first page. */
    const across = (file: string) => {
      const pages = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }).split(
        '<page ',
      );
      // The scale's first mark is December 2026: the only "2026" with January's "2027" on its line.
      for (const page of pages) {
        const words = [
          ...page.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]+)</g),
        ].map((m) => ({ x: Number(m[1]), y: Number(m[2]), text: m[3] ?? '' }));
        const december = words.find(
          (word) =>
            word.text === '2026' &&
            words.some((other) => other.text === '2027' && other.y === word.y),
        );
        if (!december) continue;
        const january = words.find((word) => word.text === '2027' && word.y === december.y)!;
        const firstRow = words.find(
          (word) => word.y > december.y && /^\.?2026\.?$/.test(word.text),
        )!;
        return { december: december.x, january: january.x, firstRow: firstRow.x };
      }
      throw new Error(`no scale in ${file}`);
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

/** The handout's text page by page (pdftotext), with each run of spaces and line breaks as one space. */
function pagesOf(file: string): string[] {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    .split('\f')
    .map((page) => page.replace(/\s+/g, ' '));
}

describe('the figure’s layout, with few or many dates, in regular and large print', () => {
  const allKnown = {
    'cell-collection': '2026-11-30',
    lymphodepletion: '2027-01-04',
    infusion: '2027-01-09',
  };
  const cases = {
    none: { keyDates: {}, tests: {} },
    one: { keyDates: { 'cell-collection': '2027-01-11' }, tests: {} },
    many: { keyDates: allKnown, tests: answers.tests },
  } satisfies Record<string, Partial<HandoutPatient>>;
  // Ten days in: the cell collection and avoiding live vaccines have gone by, so a row is flagged.
  const at = new Date('2026-12-10T10:00:00Z');

  async function laidOut(name: keyof typeof cases, largePrint: boolean) {
    const content = contentFor('en', cases[name], at);
    const { bytes, pageCount } = await renderHandout(content, {
      fontsDir: path.resolve('resources/fonts'),
      paper: 'letter',
      largePrint,
      createdAt: at,
    });
    const file = path.join(dir, `${name}-${largePrint ? 'large' : 'regular'}.pdf`);
    writeFileSync(file, bytes);
    const pages = pagesOf(file);
    // The figure's pages: from its heading to the next section's.
    const first = pages.findIndex((page) => page.includes('Your dates at a glance'));
    const last = pages.findIndex((page, i) => i >= first && page.includes('Tests to complete'));
    return { figure: figureOf(content.blocks), pages: pages.slice(first, last + 1), pageCount };
  }

  it.each([
    ['none', false, 2],
    ['one', false, 2],
    ['many', false, 2],
    ['none', true, 2],
    ['one', true, 2],
    ['many', true, 3],
  ] as const)(
    '%s known, large print %s: nothing cut, each row whole on a page with the scale, at most %i pages',
    async (name, largePrint, most) => {
      const { figure, pages } = await laidOut(name, largePrint);
      expect(pages.length).toBeLessThanOrEqual(most);
      const joined = pages.join(' ');
      // The figure's words alone: from its heading to the next section's.
      const all = joined.slice(
        joined.indexOf('Your dates at a glance'),
        joined.indexOf('Tests to complete'),
      );
      expect(all).not.toContain('…');
      for (const row of figure.rows) {
        // Label, date and flag whole, on one page, and that page has the scale's words above its rows.
        const whole = [row.label, row.when, ...(row.passed ? [row.passed] : [])].join(' ');
        const page = pages.find((text) => text.includes(whole));
        expect(page, whole).toBeDefined();
        expect(page).toContain('Today');
      }
      for (const label of figure.undated?.labels ?? [])
        expect(all.split(label).length - 1, label).toBe(1);
      if (figure.undated) expect(all).toContain(figure.undated.intro);
      if (name === 'none') expect(all).not.toContain('Today');
    },
  );

  it('in large print, prints no month word over another on the scale', async () => {
    const { pages } = await laidOut('many', true);
    expect(pages.length).toBeGreaterThan(1);
    const file = path.join(dir, 'many-large.pdf');
    for (const page of execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' })
      .split('<page ')
      .filter((text) => text.includes('>Today<'))) {
      const words = [
        ...page.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]+)</g),
      ].map((m) => ({ x0: Number(m[1]), y: Number(m[2]), x1: Number(m[3]), text: m[4] }));
      // The month words are on the line under "Today", the first line of the scale.
      const today = words.find((word) => word.text === 'Today')!;
      const line = words
        .filter((word) => word.y > today.y && word.y < today.y + 14)
        .sort((a, b) => a.x0 - b.x0);
      expect(line.length).toBeGreaterThan(1);
      for (let i = 1; i < line.length; i += 1)
        expect(line[i]!.x0, JSON.stringify(line)).toBeGreaterThanOrEqual(line[i - 1]!.x1);
    }
  });

  it('keeps a scale that fits on one page whole, with the start of the list under it', async () => {
    const { figure, pages } = await laidOut('one', false);
    const page = pages.find((text) => text.includes(figure.rows[0]!.label))!;
    expect(page).toContain(figure.undated!.intro);
    expect(page).toContain(figure.undated!.labels[1]!);
    expect(figure.rows.length).toBeGreaterThan(0);
    expect(figure.rows.every((row) => row.passed === null)).toBe(true);
  });

  it('flags the deadline gone by on the printed row', async () => {
    const { pages } = await laidOut('many', false);
    expect(pages.join(' ')).toContain(
      'Avoid live vaccines (for example MMR, chickenpox, yellow fever, nasal flu vaccine) By Nov 23, 2026. This date has passed. Ask your care team what to do.',
    );
  });
});
