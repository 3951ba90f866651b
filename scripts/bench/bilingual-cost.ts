import { performance } from 'node:perf_hooks';
import { PDFDocument } from 'pdf-lib';
import { renderHandout } from '../../src/main/handout/render-handout';
import { benchContent, benchInput, RENDER_OPTIONS } from './bench-cases';

const WARMUP = 2;
const ROUNDS = 7;

/**
 * What a second language costs: the Arabic case with English after each paragraph (the pair whose directions
 * differ) against the same handout in Arabic alone, rendered in turn in one run, so the machine's load falls on
 * both. Every paragraph is printed twice and the person's words, the figure and the write-in lines once, so the
 * pages may at most double.
 */
export async function bilingualRows(
  once: (value: string, met: boolean) => string[],
): Promise<string[][]> {
  const input = benchInput('arabic', 0);
  const single = benchContent(input);
  const bilingual = benchContent({ ...input, secondLanguage: 'en' });
  const times = { single: [] as number[], bilingual: [] as number[] };
  const pages = { single: 0, bilingual: 0 };
  for (let round = 0; round < WARMUP + ROUNDS; round += 1) {
    for (const [kind, content] of [
      ['single', single],
      ['bilingual', bilingual],
    ] as const) {
      const start = performance.now();
      const { bytes } = await renderHandout(content, RENDER_OPTIONS);
      if (round >= WARMUP) times[kind].push(performance.now() - start);
      pages[kind] = (await PDFDocument.load(bytes)).getPageCount();
    }
  }
  const median = (values: readonly number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
  const [one, two] = [median(times.single), median(times.bilingual)];
  return [
    [
      'bilingual ar+en: pages ≤ 2× Arabic alone (its render time beside)',
      ...once(
        `${pages.bilingual} vs ${pages.single} pages; ${two.toFixed(0)} vs ${one.toFixed(0)} ms (${(two / one).toFixed(2)}×)`,
        pages.bilingual <= 2 * pages.single,
      ),
    ],
  ];
}
