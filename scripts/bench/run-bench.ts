import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { PDFDocument } from 'pdf-lib';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../src/chromium-host/launch-options';
import { renderHandout } from '../../src/main/handout/render-handout';
import { benchCase, BENCH_CASES, FONTS_DIR } from './bench-cases';
import { handoutHtml } from './handout-html';

/**
 * npm run bench: the same six-page handout made by our pdf-lib engine and by Chromium's print-to-PDF of an
 * equivalent HTML page (same fonts, both tagged), warm (again in the same process) and first (a new process),
 * in Latin, Arabic and Chinese; then a batch of 50 handouts from the headless command.
 * Prints a table; the targets are reported, not enforced (times vary with the machine).
 */
const root = path.resolve(import.meta.dirname, '../..');
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const RUNS = 10;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
}

/** Peak memory of a process and all its children, from /proc (Linux), in kB. */
function treePeakKb(pid: number): number {
  const children = (() => {
    try {
      return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).split('\n').map(Number).filter(Boolean);
    } catch {
      return [];
    }
  })();
  let own = 0;
  try {
    own = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    own = 0;
  }
  return own + children.reduce((sum, child) => sum + treePeakKb(child), 0);
}

/** Chromium's print-to-PDF of the page at `url`, tagged like ours. */
async function chromiumPdf(browser: Browser, url: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate('document.fonts.ready');
  const pdf = await page.pdf({ format: 'Letter', tagged: true, margin: { top: '0.75in', bottom: '0.75in', left: '0.75in', right: '0.75in' } });
  await page.close();
  return pdf;
}

const rows: string[][] = [];
const htmlDir = mkdtempSync(path.join(tmpdir(), 'gtc-bench-html-'));
const browser = await chromium.launch(CHROMIUM_LAUNCH_OPTIONS);
for (const name of BENCH_CASES) {
  const { content, options } = benchCase(name);
  const htmlFile = path.join(htmlDir, `${name}.html`);
  writeFileSync(htmlFile, handoutHtml(content, FONTS_DIR));
  const html = pathToFileURL(htmlFile).href;

  for (let i = 0; i < 3; i += 1) await renderHandout(content, options);
  const ours = [];
  let ourSize = 0;
  let ourPages = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const [ms, rendered] = await timed(() => renderHandout(content, options));
    ours.push(ms);
    ourSize = rendered.bytes.length;
    ourPages = (await PDFDocument.load(rendered.bytes)).getPageCount();
  }
  const cold = JSON.parse(execFileSync(process.execPath, [tsx, path.join(import.meta.dirname, 'cold-render.ts'), name], { encoding: 'utf8' }).trim().split('\n').at(-1) as string) as { ms: number; maxRssKb: number };

  for (let i = 0; i < 3; i += 1) await chromiumPdf(browser, html);
  const theirs = [];
  let theirSize = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const [ms, pdf] = await timed(() => chromiumPdf(browser, html));
    theirs.push(ms);
    theirSize = pdf.length;
  }
  const [coldChromiumMs, coldPeakKb] = await (async () => {
    const start = performance.now();
    const server = await chromium.launchServer(CHROMIUM_LAUNCH_OPTIONS);
    const fresh = await chromium.connect(server.wsEndpoint());
    await chromiumPdf(fresh, html);
    const ms = performance.now() - start;
    const peak = treePeakKb(server.process().pid ?? 0);
    await fresh.close();
    await server.close();
    return [ms, peak];
  })();

  const ourWarm = median(ours);
  const theirWarm = median(theirs);
  rows.push([
    name,
    String(ourPages),
    `${ourWarm.toFixed(0)} ms`,
    `${theirWarm.toFixed(0)} ms`,
    `${(theirWarm / ourWarm).toFixed(1)}×`,
    `${cold.ms.toFixed(0)} ms`,
    `${coldChromiumMs.toFixed(0)} ms`,
    `${(ourSize / 1024).toFixed(0)} KB`,
    `${(theirSize / 1024).toFixed(0)} KB`,
    `${(ourSize / theirSize).toFixed(2)}`,
    `${(cold.maxRssKb / 1024).toFixed(0)} MB`,
    `${(coldPeakKb / 1024).toFixed(0)} MB`,
  ]);
}
await browser.close();
rmSync(htmlDir, { recursive: true, force: true });

// A clinic's batch: 50 handouts from the headless command, in one run.
const batchDir = mkdtempSync(path.join(tmpdir(), 'gtc-bench-'));
const example = JSON.parse(readFileSync(path.join(root, 'resources', 'handout-examples', 'example-car-t.json'), 'utf8'));
for (let i = 0; i < 50; i += 1) writeFileSync(path.join(batchDir, `patient-${i}.json`), JSON.stringify({ ...example, patient: { ...example.patient, firstName: `Patient ${i}` } }));
const [batchMs] = await timed(async () =>
  execFileSync(process.execPath, [path.join(root, 'scripts', 'handout.mjs'), '--input-dir', batchDir, '--out-dir', path.join(batchDir, 'out')], { stdio: 'ignore' }),
);
rmSync(batchDir, { recursive: true, force: true });

const header = ['content', 'pages', 'ours warm', 'Chromium warm', 'speed-up', 'ours first', 'Chromium first', 'ours size', 'Chromium size', 'size ratio', 'ours peak', 'Chromium peak'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
console.log(`\nBatch of 50 handouts from the headless command: ${(batchMs / 1000).toFixed(1)} s (target under 10 s, including start-up).`);
console.log('Targets: warm at least 3× faster than Chromium; file no larger than Chromium\'s; first Chinese render under 1 s.');
