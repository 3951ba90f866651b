// `npm run handout`: runs the built handout command (out/cli/handout.cjs), building it first when it is missing or
// older than any of its sources, so the command works on a fresh checkout and never runs yesterday's code.
// Plain JavaScript on purpose: transpiling TypeScript was most of a first handout's time.
// package.json starts it with one V8 background thread (--v8-pool-size=1, a flag only the command line can set),
// not four: their malloc arenas and stacks added about 13 MB to a batch's peak memory, and on two cores four
// threads made neither the batch nor a first handout faster.
import { createHash } from 'node:crypto';
import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

const root = path.resolve(import.meta.dirname, '..');
const bundle = path.join(root, 'out', 'cli', 'handout.cjs');
const config = path.join(root, 'vite.handout.config.ts');
// Everything the bundle is made of: the command, main's handout code, the shared model, the packages it holds
// (as the lock file pins them) and how it is built; and the shipped files whose digests it keeps (a file changed
// since would still be checked as it is read, only more slowly).
const sources = [
  ...['cli', 'main', 'shared'].map((folder) => path.join(root, 'src', folder)),
  ...['lessons', 'glossary', 'protocols'].map((folder) => path.join(root, 'resources', folder)),
  path.join(root, 'package-lock.json'),
  config,
];

function newestChange(file) {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(file).reduce(
    (newest, name) => Math.max(newest, newestChange(path.join(file, name))),
    stat.mtimeMs,
  );
}

const built = existsSync(bundle) ? statSync(bundle).mtimeMs : -Infinity;
if (sources.some((source) => newestChange(source) > built)) {
  console.error('Building the handout command first (out/cli/handout.cjs)…');
  // Loaded only to build: Node's child_process module is a tenth of what a first handout spends starting.
  const { spawnSync } = await import('node:child_process');
  // Its output goes to stderr, so stdout holds only what the command says.
  const build = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      config,
      '--logLevel',
      'warn',
    ],
    {
      cwd: root,
      stdio: ['ignore', process.stderr, process.stderr],
    },
  );
  if (build.status !== 0) {
    console.error('The handout command could not be built; nothing was written.');
    process.exit(1);
  }
}

// A handout command lives for a second or a few: V8's optimizing compiler would spend more on HarfBuzz's
// WebAssembly than it saves (the subsetter alone: about 0.6 s of processor time and 40 MB, in the background).
// Its baseline compiler keeps a batch of 50 within 5% of the optimized time.
setFlagsFromString('--liftoff-only');
// Its garbage collector kept to the memory a batch needs (peak memory under 150 MB for 50 handouts, not 210):
// the young generation stays at its first size, and the old one is collected when it has grown a fifth, not
// up to four times, past what the last collection kept. It costs a batch about a tenth more processor time.
setFlagsFromString('--semi-space-growth-factor=1');
setFlagsFromString('--heap-growing-percent=20');
// One handout (--input): V8's optimizing compiler for JavaScript (TurboFan) spent a quarter to a third of a first
// handout's processor time in the background (165 to 225 ms) and made its main thread no faster; its mid tier
// (Maglev) stays. A batch (--input-dir) keeps it: without it the batch of 50's main thread took 44% longer.
const batch = process.argv.some((arg) => arg === '--input-dir' || arg.startsWith('--input-dir='));
if (!batch) setFlagsFromString('--max-opt=2');
// V8 checks the kept code's header (its version, the bundle's length, the flags) but, unless told to, not the code
// itself: a kept file damaged past its header crashed every handout until it was deleted. With the checksum, V8
// refuses it instead, the handout compiles the bundle as on a first run, and the file is written again.
setFlagsFromString('--verify-snapshot-checksum');
// Set before the bundle is compiled, as V8 keeps compiled code only for the flags it was compiled with.

// The code V8 compiled for the bundle in an earlier run, every function the handout used included, kept beside it
// under the bundle's digest (the build empties the folder), one for single handouts and one for batches, whose
// flags differ: a run without it writes it as it exits.
const bytes = readFileSync(bundle);
const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const codeFile = path.join(path.dirname(bundle), `.handout-${digest}${batch ? '-batch' : ''}.code`);
const cachedData = existsSync(codeFile) ? readFileSync(codeFile) : undefined;
const script = new Script(
  `(function (exports, require, module, __filename, __dirname) {${bytes.toString('utf8')}\n})`,
  { filename: bundle, cachedData },
);
if (cachedData === undefined || script.cachedDataRejected)
  process.once('exit', () => {
    const partial = `${codeFile}.partial-${process.pid}`;
    try {
      writeFileSync(partial, script.createCachedData());
      renameSync(partial, codeFile);
    } catch {
      // Only slower next time.
    }
  });
const module = { exports: {} };
script.runInThisContext()(
  module.exports,
  createRequire(bundle),
  module,
  bundle,
  path.dirname(bundle),
);
