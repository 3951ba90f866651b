import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import type { TextDirection } from '@shared/i18n/languages';
import { DEFAULT_CLINIC_SETTINGS } from '@shared/schemas/clinic-settings';
import { loadProtocolFolder } from '../../../../../src/main/protocol/example-protocols';
import type { HandoutRequest } from '../../../../../src/main/handout/make-handout';
import { PageContent } from '../../../../../src/main/handout/typeset/page-content';
import { handoutDeps, patientWith } from '../../../../support/handout-fixtures';

// The typesetter keeps each line it draws for the process (its runs, and what they write) and draws it again as
// kept where that gives the same: these compare a document drawn after others with one drawn by a process that
// has seen nothing (modules loaded afresh, so no cache holds anything).

const fontsDir = path.resolve('resources/fonts');
const [protocol] = loadProtocolFolder(path.resolve('resources/protocols'));

interface Line {
  text: string;
  size?: number;
  direction?: TextDirection;
}

type Modules = [
  typeof import('../../../../../src/main/handout/typeset/typesetter'),
  typeof import('../../../../../src/main/handout/typeset/faces'),
];

async function freshModules(): Promise<Modules> {
  vi.resetModules();
  return Promise.all([
    import('../../../../../src/main/handout/typeset/typesetter'),
    import('../../../../../src/main/handout/typeset/faces'),
  ]);
}

/** One page with the lines on it, and the characters no font had; its fonts those `fontsFor` needs. */
async function drawn(
  [{ Typesetter }, { embedFaces }]: Modules,
  lines: readonly Line[],
  fontsFor = lines.map((line) => line.text).join('\n'),
) {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const typesetter = new Typesetter(await embedFaces(doc, fontsDir, fontsFor));
  const page = new PageContent(doc.addPage([612, 792]));
  lines.forEach((line, i) =>
    typesetter.draw(line.text, {
      page,
      x: 36,
      width: 540,
      y: 750 - 30 * i,
      style: { size: line.size ?? 12, weight: 'regular' },
      direction: line.direction ?? 'ltr',
    }),
  );
  typesetter.finish();
  page.finish();
  return { bytes: Buffer.from(await doc.save()), missing: [...typesetter.missing] };
}

/**
 * Draws `before` and then `lines` in one process, and `lines` alone in a new one: the two must be the same. Each
 * document before is drawn twice, as a line's runs are kept from the second time it is drawn.
 */
async function expectSameAfter(before: ReadonlyArray<readonly Line[]>, lines: readonly Line[]) {
  const modules = await freshModules();
  for (const document of [...before, ...before]) await drawn(modules, document);
  const after = await drawn(modules, lines);
  const alone = await drawn(await freshModules(), lines);
  expect(after.missing).toEqual(alone.missing);
  expect(Buffer.compare(after.bytes, alone.bytes)).toBe(0);
}

describe('Lines kept for the process', () => {
  // U+FB01 "ﬁ" is drawn with the font's f-i ligature, and U+FEFB with its lam-alef: the glyph then reads back as
  // the presentation form in that document, so a word drawn with it elsewhere needs its /ActualText there.
  const ligatures = [
    { text: 'The office is fine' },
    { text: 'لا تتوقف', direction: 'rtl' as const },
  ];
  const presentationForms = [{ text: '\uFB01' }, { text: '\uFEFB', direction: 'rtl' as const }];

  it('draws a line again as kept only where its glyphs read back as they did: a ligature first drawn for another text', async () => {
    await expectSameAfter([ligatures], [...presentationForms, ...ligatures]);
    await expectSameAfter([[...presentationForms, ...ligatures]], ligatures);
  });

  it('reports the characters no font has for each document that draws the line', async () => {
    const modules = await freshModules();
    const line = [{ text: 'Ana \u{1F970}' }];
    for (let time = 0; time < 3; time += 1)
      expect((await drawn(modules, line)).missing).toEqual(['\u{1F970}']);
  });

  it('keeps a line apart for each size and direction', async () => {
    // Two runs, so the second's place depends on the first's width; marks, so some operators on the size.
    const text = 'Ti\u0323\u0302n \u05E9\u05DC\u05D5\u05DD (1)';
    await expectSameAfter(
      [[{ text }]],
      [
        { text, size: 15 },
        { text, direction: 'rtl' },
        { text, size: 15, direction: 'rtl' },
      ],
    );
  });

  it('keeps a line apart for each chain of fonts', async () => {
    // Drawn where no font of the document has "李" (a replacement, reported), then where one has it.
    const modules = await freshModules();
    const line = [{ text: 'Ana \u674E' }];
    for (let time = 0; time < 2; time += 1)
      expect((await drawn(modules, line, 'Ana')).missing).toEqual(['\u674E']);
    const after = await drawn(modules, line);
    const alone = await drawn(await freshModules(), line);
    expect(after.missing).toEqual([]);
    expect(Buffer.compare(after.bytes, alone.bytes)).toBe(0);
  });

  it('gives a handout the same bytes whether the process drew its text before or not', async () => {
    const request = (firstName: string): HandoutRequest => ({
      protocol: protocol!,
      patient: patientWith({ firstName }),
      language: 'en',
      clinic: DEFAULT_CLINIC_SETTINGS,
      paper: 'letter',
      largePrint: false,
      preparedAt: new Date('2026-03-08T10:30:00Z'),
    });
    const render = async (firstName: string) => {
      const { makeHandout } = await import('../../../../../src/main/handout/make-handout');
      return Buffer.from((await makeHandout(request(firstName), handoutDeps)).bytes);
    };
    // The name's "ﬁ" is drawn before the protocol's words with "fi" in them.
    vi.resetModules();
    const alone = await render('So\uFB01a');
    vi.resetModules();
    await render('Sofia');
    await render('Sofia');
    expect(Buffer.compare(await render('So\uFB01a'), alone)).toBe(0);
  });
});
