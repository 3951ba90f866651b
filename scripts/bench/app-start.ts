import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession } from 'playwright-core';
import { z } from 'zod';
import { startChromiumHost } from '../../src/chromium-host/chromium-host';

const root = path.resolve(import.meta.dirname, '../..');
const STARTS = 5;

/**
 * Runs in the page before the app. Notes when the app's first heading is put in the page, and when the frame that
 * paints it in its own font begins (performance.now(), from navigation): text waits unseen for its font, so the first
 * screen is there only then. Polling the font's state never starts its load, which stays the page's own doing.
 */
const FIRST_SCREEN_PROBE = `
  const observer = new MutationObserver(() => {
    const heading = document.querySelector('#root h1');
    if (!heading) return;
    observer.disconnect();
    window.firstHeading = performance.now();
    const style = getComputedStyle(heading);
    const font = style.fontWeight + ' ' + style.fontSize + ' ' + style.fontFamily.split(',')[0];
    const painted = () => {
      if (document.fonts.check(font, heading.textContent)) window.firstScreen = performance.now();
      else requestAnimationFrame(painted);
    };
    requestAnimationFrame(painted);
  });
  observer.observe(document, { childList: true, subtree: true });`;

/** Chromium's trace events, as far as the count of the page's main-thread time needs them. */
const TraceEventSchema = z.object({
  name: z.string(),
  ts: z.number(),
  pid: z.number(),
  tid: z.number(),
  dur: z.number().optional(),
  tdur: z.number().optional(),
  args: z
    .object({ data: z.object({ documentLoaderURL: z.string() }).partial() })
    .partial()
    .optional(),
});
const TraceSchema = z.object({ traceEvents: z.array(z.unknown()) });
type TraceEvent = z.infer<typeof TraceEventSchema>;

/** Records each task the page's processes run (toplevel) and when its navigation started (blink.user_timing). */
const startTrace = (cdp: CDPSession) =>
  cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'blink.user_timing'] },
    transferMode: 'ReturnAsStream',
  });

async function endTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', ({ stream }) => resolve(stream as string)),
  );
  await cdp.send('Tracing.end');
  const handle = await complete;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  return TraceSchema.parse(JSON.parse(text)).traceEvents.flatMap((event) => {
    const parsed = TraceEventSchema.safeParse(event);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * The processor time of the page's main thread from its navigation to the end of the frame that paints the first
 * screen (which begins `firstScreenMs` after it), in ms: every task begun by then, counted whole. On a busy machine
 * the wall time waits for the processor as well; this is the work itself.
 */
function mainThreadCpuMs(events: readonly TraceEvent[], firstScreenMs: number): number {
  const start = events.find(
    (event) =>
      event.name === 'navigationStart' &&
      event.args?.data?.documentLoaderURL?.endsWith('/index.html') === true,
  );
  if (!start) throw new Error("The trace has no start of the app's navigation.");
  const end = start.ts + firstScreenMs * 1000;
  let busyUntil = -Infinity;
  let cpu = 0;
  const tasks = events
    .filter(
      (event) =>
        event.name === 'ThreadControllerImpl::RunTask' &&
        event.pid === start.pid &&
        event.tid === start.tid &&
        event.ts >= start.ts &&
        event.ts <= end,
    )
    .sort((a, b) => a.ts - b.ts);
  // A task run inside another (a nested run loop) is already in the outer one's time.
  for (const task of tasks) {
    if (task.ts < busyUntil) continue;
    busyUntil = task.ts + (task.dur ?? 0);
    cpu += task.tdur ?? 0;
  }
  return cpu / 1000;
}

export interface AppStart {
  /** The scripts the built renderer (out/renderer) asked for before its first screen's heading, gzipped (level 9), in bytes. */
  initialJsGzip: number;
  /** Median time from navigation to the frame that paints the first screen's heading in its font, in a new browser context each time (no cache). */
  firstScreenMs: number;
  /** The same starts' median time from navigation to the heading's being put in the page. */
  firstHeadingMs: number;
  /** The same starts' median processor time of the page's main thread to the first screen (mainThreadCpuMs). */
  firstScreenCpuMs: number;
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** Opens the built app in Chromium through the Chromium host, as the e2e tests do, and times its first screen. */
export async function measureAppStart(browser: Browser): Promise<AppStart> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'gtc-bench-app-'));
  const host = await startChromiumHost({
    appRoot: root,
    appVersion: '0.0.0-bench',
    dataDir,
    saveDir: path.join(dataDir, 'handouts'),
  });
  const times: number[] = [];
  const headings: number[] = [];
  const cpuTimes: number[] = [];
  let initialJsGzip = 0;
  try {
    for (let start = 0; start < STARTS; start += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(FIRST_SCREEN_PROBE);
      const cdp = await context.newCDPSession(page);
      await startTrace(cdp);
      await host.open(page);
      // Functions, not strings: the app's CSP allows no eval.
      times.push(
        (await (
          await page.waitForFunction(() => (globalThis as { firstScreen?: number }).firstScreen)
        ).jsonValue()) as number,
      );
      headings.push(
        await page.evaluate(() => (globalThis as { firstHeading?: number }).firstHeading as number),
      );
      cpuTimes.push(mainThreadCpuMs(await endTrace(cdp), times.at(-1) as number));
      // The scripts asked for before the heading was put in the page; those the app loads after are no part of its start.
      const scripts = await page.evaluate(
        (before) =>
          performance
            .getEntriesByType('resource')
            .filter(
              (entry) => entry.startTime <= before && /\.m?js$/.test(new URL(entry.name).pathname),
            )
            .map((entry) => new URL(entry.name).pathname),
        headings.at(-1) as number,
      );
      initialJsGzip = [...new Set(scripts)].reduce(
        (sum, file) =>
          sum +
          gzipSync(readFileSync(path.join(root, 'out', 'renderer', file)), { level: 9 }).length,
        0,
      );
      await context.close();
    }
  } finally {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return {
    initialJsGzip,
    firstScreenMs: median(times),
    firstHeadingMs: median(headings),
    firstScreenCpuMs: median(cpuTimes),
  };
}
