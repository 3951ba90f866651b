import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { pairBlocks } from '../../../../src/main/handout/bilingual-pairs';
import type { HandoutBlock } from '../../../../src/main/handout/handout-content';
import {
  handoutContentFor,
  makeHandout,
  type HandoutRequest,
} from '../../../../src/main/handout/make-handout';
import { FALLBACK_LANGUAGE, LANGUAGES, textDirection, type Language } from '@shared/i18n/languages';
import { DEFAULT_CLINIC_SETTINGS } from '@shared/schemas/clinic-settings';
import { handoutDeps, patientWith } from '../../../support/handout-fixtures';
import { allNodes, loadPdf, structureTree, type StructureNode } from '../../../support/pdf-objects';
import { pdfText, searchable } from '../../../support/pdf-tools';
import { makeTempDir } from '../../../support/temp-dir';

const protocol = loadProtocolFolder(path.resolve('resources/protocols')).find(
  (p) => p.id === 'example-car-t',
);
if (!protocol) throw new Error('no CAR-T example protocol');

/** The person's own words, each printed once whatever the two languages. */
const OWN = {
  medicine: 'Zyrtexa drops 5 mg',
  question: 'Can my sister Wiremu stay the night?',
  worries: 'Quokka the dog needs someone at home.',
};

const patient = patientWith({
  firstName: 'Tamsin',
  medicines: [{ id: 'own-1', name: OWN.medicine }],
  questions: { chosen: [], own: [{ id: 'own-q', text: OWN.question }], topThree: [] },
  worries: OWN.worries,
});

function request(language: Language, secondLanguage: Language | null): HandoutRequest {
  return {
    protocol: protocol!,
    patient,
    language,
    clinic: { ...DEFAULT_CLINIC_SETTINGS, clinicName: 'North Clinic', phoneAfterHours: '555-0199' },
    paper: 'letter',
    largePrint: false,
    preparedAt: new Date('2026-11-22T10:00:00Z'),
    secondLanguage,
  };
}

/** Every pair the app offers by default (English beside each other language), and English with Spanish. */
const PAIRS: Array<[Language, Language]> = [
  ['en', 'es'],
  ...LANGUAGES.filter((l) => l !== FALLBACK_LANGUAGE).map((l): [Language, Language] => [
    l,
    FALLBACK_LANGUAGE,
  ]),
];

/** Blocks only one language has: the notice that its words are not yet reviewed by a medical translator. */
const ONE_LANGUAGE_ONLY = new Set(['translation-not-reviewed']);
const ids = (blocks: readonly HandoutBlock[]) =>
  blocks.map((block) => block.id).filter((id) => !ONE_LANGUAGE_ONLY.has(id));

let dir: string;
let cleanup: () => void;
const files = new Map<string, string>();
beforeAll(async () => {
  ({ dir, cleanup } = makeTempDir());
  for (const [first, second] of PAIRS) {
    const rendered = await makeHandout(request(first, second), handoutDeps);
    expect(rendered.missingCharacters).toEqual([]);
    const file = path.join(dir, `${first}-${second}.pdf`);
    writeFileSync(file, rendered.bytes);
    files.set(`${first}+${second}`, file);
  }
}, 240_000);
afterAll(() => cleanup());

const fileOf = (first: Language, second: Language) => files.get(`${first}+${second}`) as string;

describe('pairing blocks by id', () => {
  const block = (id: string): HandoutBlock => ({ id, kind: 'paragraph', text: id });

  it('keeps the first language order, and puts a block only the second has after the pair before it', () => {
    const pairs = pairBlocks(
      [block('a'), block('b'), block('c')],
      [block('a'), block('x'), block('b'), block('c')],
    );
    expect(pairs.map((p) => [p.id, p.first?.id ?? null, p.second?.id ?? null])).toEqual([
      ['a', 'a', 'a'],
      ['x', null, 'x'],
      ['b', 'b', 'b'],
      ['c', 'c', 'c'],
    ]);
  });

  it('marks a block that reads the same in both as one to print once', () => {
    const [pair] = pairBlocks([block('own')], [block('own')]);
    expect(pair?.same).toBe(true);
  });
});

describe.each(PAIRS)('a bilingual handout in %s with %s', (first, second) => {
  const content = handoutContentFor(request(first, second), handoutDeps);
  const translation = content.translation!;

  it('has the same blocks, by id and in order, in both languages', () => {
    expect(ids(translation.blocks)).toEqual(ids(content.blocks));
    for (const pair of pairBlocks(content.blocks, translation.blocks))
      if (pair.first && pair.second) expect(pair.first.id).toBe(pair.second.id);
  });

  it('says in each language what the one-language handout says: the same signs, timings and terms', () => {
    // The translation's glossary explains the first language's words, so the bilingual glossaries pair.
    const single = (language: Language) =>
      handoutContentFor(request(language, null), handoutDeps).blocks.filter(
        (b) => !b.id.startsWith('term:'),
      );
    expect(content.blocks.filter((b) => !b.id.startsWith('term:'))).toEqual(single(first));
    expect(translation.blocks.filter((b) => !b.id.startsWith('term:'))).toEqual(single(second));
    expect(translation.terms.map((term) => term.id)).toEqual(content.terms.map((term) => term.id));
  });

  it('tags each paragraph with its own language, the translation right after its original', async () => {
    const tree = structureTree(await loadPdf(new Uint8Array(readFileSync(fileOf(first, second)))));
    const texts = allNodes(tree).filter(
      (node) => ['H1', 'H2', 'H3', 'P'].includes(node.type) && node.mcids.length > 0,
    );
    const langs = new Set(texts.map((node) => node.lang));
    expect(langs).toEqual(new Set([first, second, undefined]));
    const tagged = (lang: string) => texts.filter((node) => node.lang === lang).length;
    expect(tagged(first)).toBeGreaterThan(40);
    expect(tagged(second)).toBeGreaterThan(40);
    // Each heading of the first language is followed by the same heading in the second.
    const headings = texts.filter((node) => node.type === 'H2');
    const firstHeadings = headings.flatMap((node, i): StructureNode[][] =>
      node.lang === first ? [[node, headings[i + 1] as StructureNode]] : [],
    );
    expect(firstHeadings.length).toBeGreaterThan(5);
    for (const [, next] of firstHeadings) expect(next?.lang).toBe(second);
  });

  const KEYS = [
    'handout:title',
    'handout:notConsentForm',
    'handout:testsHeading',
    'handout:questionsHeading',
    'checklist:sections.afterTreatment',
  ];
  /**
   * A text's sentences, as pdftotext can give them back: poppler orders the sentences of a right-to-left line by
   * guesses of its own next to left-to-right lines (README, known limits of the readers), so Arabic is found
   * sentence by sentence, and only left-to-right paragraphs are checked for their order.
   */
  const sentences = (text: string) =>
    text
      .split(/[.،:؟?]/u)
      .map(searchable)
      .filter((piece) => piece.length > 0);

  it('gives every paragraph in reading order, each followed by its translation, and the person’s words once', () => {
    const text = searchable(pdfText(fileOf(first, second)));
    for (const language of [first, second]) {
      const t = handoutDeps.translatorFor(language);
      for (const key of [...KEYS, 'handout:exampleProtocol', 'checklist:neverStopAlone'])
        for (const piece of sentences(t(key))) expect(text, `${language} ${key}`).toContain(piece);
    }
    const ordered = KEYS.flatMap((key) =>
      [first, second]
        .filter((l) => textDirection(l) === 'ltr')
        .map((l) => searchable(handoutDeps.translatorFor(l)(key))),
    );
    const at = ordered.map((words) => text.indexOf(words));
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    for (const own of Object.values(OWN))
      expect(text.split(searchable(own)).length - 1, own).toBe(1);
  });

  it('says for each language that has it that a medical translator has not reviewed it yet', () => {
    const text = searchable(pdfText(fileOf(first, second)));
    for (const language of [first, second]) {
      const notice = sentences(
        handoutDeps.translatorFor(language)('handout:translationNotReviewed'),
      );
      expect(
        notice.every((piece) => text.includes(piece)),
        language,
      ).toBe(language !== 'en');
    }
  });
});

describe('right to left with left to right', () => {
  /** Each word's box on the first page, from pdftotext's bounding boxes. */
  function words(file: string): Array<{ word: string; xMin: number; xMax: number }> {
    const page = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', file, '-'], {
      encoding: 'utf8',
    });
    return [
      ...page.matchAll(
        /<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g,
      ),
    ].map((m) => ({ word: m[3] ?? '', xMin: Number(m[1]), xMax: Number(m[2]) }));
  }

  it('keeps Arabic paragraphs to the right and their English translations to the left, each in its own direction', () => {
    const all = words(fileOf('ar', 'en'));
    const english = all.filter((w) => /^[A-Za-z]+$/.test(w.word));
    const arabic = all.filter((w) => /\p{Script=Arabic}/u.test(w.word));
    // Letter is 612 points wide with 54-point margins: Arabic lines end at the right margin, English ones start
    // near the left, set in as a translation.
    expect(Math.max(...arabic.map((w) => w.xMax))).toBeGreaterThan(612 - 54 - 2);
    expect(Math.min(...english.map((w) => w.xMin))).toBeLessThan(54 + 30);
    const title = all.find((w) => w.word === 'Getting');
    expect(title?.xMin).toBeLessThan(54 + 30);
    expect(textDirection('ar')).toBe('rtl');
  });
});
