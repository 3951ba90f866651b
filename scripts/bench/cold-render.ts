import { performance } from 'node:perf_hooks';
import { benchCase, BENCH_CASES, type BenchCaseName } from './bench-cases';
import { renderHandout } from '../../src/main/handout/render-handout';

// Run in a fresh process: the first handout, with nothing parsed yet (fonts cold).
const name = process.argv[2] as BenchCaseName;
if (!BENCH_CASES.includes(name)) throw new Error(`unknown case ${name}`);
const { content, options } = benchCase(name);
const start = performance.now();
await renderHandout(content, options);
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS }));
