import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { HandoutContent } from '../../src/main/handout/handout-content';
import { renderHandout } from '../../src/main/handout/render-handout';
import { benchContent, benchInput, BENCH_CASES, RENDER_OPTIONS } from './bench-cases';
import { blockStrings, respelled, respeller } from './respell';

/**
 * Where our engine spends its time and what it allocates, on the bench's own handouts (a new patient; every word
 * new), without Chromium or PDFKit: `npx tsx scripts/bench/profile-ours.ts`. Prints the processor time of each
 * handout (median and least of the rounds: on a busy machine the least is closest to what the work costs).
 * GTC_PROFILE=<prefix> writes a CPU profile per case (<prefix>-latin.cpuprofile…) and GTC_HEAP=<prefix> a heap
 * sampling profile, of the timed rounds only; GTC_ROUNDS (20), GTC_CASE (latin, arabic or chinese) and GTC_KIND
 * (newPatient or everyWordNew) narrow it.
 */
const ROUNDS = Number(process.env.GTC_ROUNDS ?? 20);
const session = new Session();
session.connect();

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const ms = (values: readonly number[]) =>
  `${median(values).toFixed(1)} ms (least ${Math.min(...values).toFixed(1)})`;

for (const name of BENCH_CASES) {
  if (process.env.GTC_CASE && process.env.GTC_CASE !== name) continue;
  const base = benchContent(benchInput(name, 0));
  const newPatients = Array.from({ length: ROUNDS }, (_, k) =>
    benchContent(benchInput(name, k + 1)),
  );
  const alphabet = [base.documentTitle, ...blockStrings(base), base.footer(1, 1)];
  const allNew = Array.from({ length: ROUNDS }, (_, k) =>
    respelled(base, respeller(alphabet, ROUNDS + k + 1)),
  );
  // The protocol's text seen once, as in the bench.
  await renderHandout(base, RENDER_OPTIONS);

  if (process.env.GTC_PROFILE)
    await session.post('Profiler.enable').then(() => session.post('Profiler.start'));
  if (process.env.GTC_HEAP)
    await session.post('HeapProfiler.startSampling', {
      samplingInterval: 4096,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  const times = { newPatient: [] as number[], everyWordNew: [] as number[] };
  for (let k = 0; k < ROUNDS; k += 1) {
    for (const [kind, content] of [
      ['newPatient', newPatients[k]],
      ['everyWordNew', allNew[k]],
    ] as const) {
      if (process.env.GTC_KIND && process.env.GTC_KIND !== kind) continue;
      const start = process.cpuUsage();
      await renderHandout(content as HandoutContent, RENDER_OPTIONS);
      const used = process.cpuUsage(start);
      times[kind].push((used.user + used.system) / 1000);
    }
  }
  if (process.env.GTC_HEAP)
    writeFileSync(
      `${process.env.GTC_HEAP}-${name}.heapprofile`,
      JSON.stringify((await session.post('HeapProfiler.stopSampling')).profile),
    );
  if (process.env.GTC_PROFILE)
    writeFileSync(
      `${process.env.GTC_PROFILE}-${name}.cpuprofile`,
      JSON.stringify((await session.post('Profiler.stop')).profile),
    );
  const kinds = Object.entries({
    'new patient': times.newPatient,
    'every word new': times.everyWordNew,
  }).filter(([, values]) => values.length > 0);
  console.log(
    `${name}: ${kinds.map(([kind, values]) => `${kind} ${ms(values)}`).join(', ')} of processor time`,
  );
}
