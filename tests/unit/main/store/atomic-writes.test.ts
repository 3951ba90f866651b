import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { confStore } from '../../../support/conf-store';
import { makeTempDir } from '../../../support/temp-dir';

let dir: string;
let cleanup: () => void;
// The writer, with Conf and our store code, bundled once into plain JavaScript: started with tsx, each of the many
// writers spent most of its processor time transpiling before its first save.
let writer: string;
let removeWriter: () => void;
beforeAll(async () => {
  const out = makeTempDir('gtc-store-writer-');
  removeWriter = out.cleanup;
  writer = path.join(out.dir, 'store-writer.mjs');
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: path.resolve('tests/support/store-writer.ts'),
      outDir: out.dir,
      minify: false,
      rolldownOptions: { output: { entryFileNames: path.basename(writer) } },
    },
    ssr: { target: 'node', noExternal: true },
  });
});
afterAll(() => removeWriter());
// A writer left running (the test failed or timed out mid-round) would save for ever and take a core from the rest.
const running = new Set<ChildProcess>();
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => {
  for (const writer of running) writer.kill('SIGKILL');
  cleanup();
});

/** Starts the writer, waits until it has finished `saves` saves, then kills it without warning, `ms` later. */
function killWriterAfter(saves: number, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    running.add(child);
    let announced = '';
    const onData = (chunk: Buffer) => {
      announced += chunk.toString();
      if (announced.split('\n').length - 1 < saves) return;
      child.stdout.off('data', onData);
      setTimeout(() => child.kill('SIGKILL'), ms);
    };
    child.stdout.on('data', onData);
    child.once('error', reject);
    child.once('exit', () => {
      running.delete(child);
      resolve();
    });
  });
}

describe('the store is written atomically', () => {
  it(
    'a writer killed at random moments mid-save always leaves a whole file: the last save or the one before',
    { timeout: 120_000 },
    async () => {
      for (let round = 0; round < 12; round += 1) {
        // Counted in saves, not time, so a slow machine kills as far into the writing as a fast one.
        const saves = 1 + round;
        await killWriterAfter(saves, Math.floor(Math.random() * 10));
        const stored = confStore(dir).read() as { n: number; payload: string; check: number };
        expect(typeof stored.n).toBe('number');
        expect(stored.payload).toHaveLength(400_000);
        expect(stored.check).toBe(400_000 + stored.n);
        // Every save the writer finished before the kill is kept: the store holds that one or a later one.
        expect(stored.n).toBeGreaterThanOrEqual(saves);
      }
      // A kill may leave the temporary copy of a half-done save; it is cleared before the store is used again.
      expect(readdirSync(dir)).toEqual(['clinic.json']);
    },
  );
});
