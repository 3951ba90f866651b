import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '../..');
/** The command line `npm run handout` runs (package.json), so the bench times the command as it is shipped. */
const HANDOUT_SCRIPT = (
  JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts.handout as string;
const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

export interface CommandRun {
  /** From starting the process to its exit, the files written. */
  ms: number;
  /** The peak resident memory of the command's Node processes, added up (an upper bound). */
  peakMb: number;
  /** Processor time the command's Node processes used (user and system): on a loaded machine, closer to what it costs than `ms`. */
  cpuMs: number;
}

/** Runs the headless handout command in a new process, as npm would (its .bin on the PATH), without npm's own start. */
export function runHandoutCommand(args: readonly string[]): CommandRun {
  const peaks = mkdtempSync(path.join(tmpdir(), 'gtc-bench-peaks-'));
  const peakFile = path.join(peaks, 'peaks');
  try {
    const start = performance.now();
    const result = spawnSync([HANDOUT_SCRIPT, ...args.map(quote)].join(' '), {
      shell: true,
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      env: {
        ...process.env,
        PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
        NODE_OPTIONS: `--import ${pathToFileURL(path.join(import.meta.dirname, 'peak-memory-probe.mjs')).href}`,
        GTC_BENCH_PEAK_FILE: peakFile,
      },
    });
    const ms = performance.now() - start;
    if (result.status !== 0)
      throw new Error(
        `npm run handout ${args.join(' ')} failed (${result.status ?? `signal ${String(result.signal)}`}): ${result.stderr}`,
      );
    const processes = readFileSync(peakFile, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(' ').map(Number) as [kb: number, cpuUs: number]);
    const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
    return {
      ms,
      peakMb: sum(processes.map(([kb]) => kb)) / 1024,
      cpuMs: sum(processes.map(([, cpuUs]) => cpuUs)) / 1000,
    };
  } finally {
    rmSync(peaks, { recursive: true, force: true });
  }
}
