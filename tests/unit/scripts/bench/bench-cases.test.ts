import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { renderHandout } from '../../../../src/main/handout/render-handout';
import {
  benchContent,
  benchInput,
  BENCH_CASES,
  FONTS_DIR,
  RENDER_OPTIONS,
} from '../../../../scripts/bench/bench-cases';
import { handoutBody } from '../../../../scripts/bench/handout-html';
import { pdfkitHandout } from '../../../../scripts/bench/handout-pdfkit';
import { blockStrings, respelled, respeller } from '../../../../scripts/bench/respell';

// The benchmark compares engines only if each is given the same work: these check its cases, never its times.
const words = (text: string) => text.normalize('NFC').match(/\p{L}+/gu) ?? [];
const wordSet = (texts: readonly string[]) => new Set(texts.flatMap(words));
const folder = mkdtempSync(path.join(tmpdir(), 'gtc-bench-test-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** How many times each word occurs, so a line left out shows even when its words occur elsewhere too. */
function wordCounts(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of texts.flatMap(words)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** The words a PDF shows, counted (pdftotext), and its page count. */
async function pdfWords(
  name: string,
  bytes: Uint8Array,
): Promise<{ counts: Map<string, number>; pages: number }> {
  const file = path.join(folder, name);
  writeFileSync(file, bytes);
  return {
    counts: wordCounts([
      execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
    ]),
    pages: (await PDFDocument.load(bytes)).getPageCount(),
  };
}

describe('the benchmark cases', () => {
  it.each(BENCH_CASES)('give Chromium the same words as the other engines (%s)', (name) => {
    const content = benchContent(benchInput(name, 0));
    const html = handoutBody(content)
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
    expect(words(html)).toEqual(blockStrings(content).flatMap(words));
  });

  it('are printed word for word by our engine and by PDFKit', async () => {
    const content = benchContent(benchInput('latin', 0));
    // Every word of the body once, and the footer's words once a page.
    const expected = (pages: number) =>
      wordCounts([
        ...blockStrings(content),
        ...Array.from({ length: pages }, () => content.footer(1, 1)),
      ]);
    const ours = await renderHandout(content, RENDER_OPTIONS);
    expect(ours.missingCharacters).toEqual([]);
    for (const printed of [
      await pdfWords('ours.pdf', ours.bytes),
      await pdfWords(
        'pdfkit.pdf',
        await pdfkitHandout(content, FONTS_DIR, RENDER_OPTIONS.createdAt),
      ),
    ]) {
      expect(printed.counts).toEqual(expected(printed.pages));
    }
  });

  it.each(BENCH_CASES)(
    'give each new patient new words of their own and the same protocol text (%s)',
    (name) => {
      const first = blockStrings(benchContent(benchInput(name, 0)));
      const typed = (patient: number) => {
        const { firstName, medicines, questions, worries } = benchInput(name, patient).patient;
        return [
          firstName,
          ...(medicines ?? []).map((m) => m.name),
          ...(questions?.own ?? []).map((q) => q.text),
          worries,
        ].filter((text): text is string => !!text);
      };
      for (const patient of [1, 2, 13]) {
        const own = typed(patient);
        const changed = blockStrings(benchContent(benchInput(name, patient))).filter(
          (text) => !first.includes(text),
        );
        expect(changed.length).toBeGreaterThan(0);
        // Only what the patient typed differs; each of their words is one no earlier patient had.
        for (const text of changed)
          expect(own.some((typedText) => text.includes(typedText))).toBe(true);
        const earlier = wordSet(
          [0, ...Array.from({ length: patient - 1 }, (_, n) => n + 1)].flatMap(typed),
        );
        const fresh = [...wordSet(own)].filter((word) => !earlier.has(word));
        expect(fresh.length / wordSet(own).size).toBeGreaterThan(0.9);
      }
    },
  );

  it.each(BENCH_CASES)(
    'respell every word of the handout for every-word-new rounds, with the same letters (%s)',
    (name) => {
      const base = benchContent(benchInput(name, 0));
      const alphabet = [base.documentTitle, ...blockStrings(base), base.footer(1, 1)];
      const seen = wordSet(alphabet);
      const letters = new Set(alphabet.join('').normalize('NFC'));
      for (const shift of [14, 26]) {
        const respelledStrings = blockStrings(respelled(base, respeller(alphabet, shift)));
        const all = wordSet(respelledStrings);
        expect([...all].filter((word) => !seen.has(word)).length / all.size).toBeGreaterThan(0.9);
        expect(Array.from(respelledStrings.join('')).every((ch) => letters.has(ch))).toBe(true);
      }
    },
  );
});
