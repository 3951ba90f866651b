// `npm run handout`: runs the built handout command (out/cli/handout.mjs), building it first when it is missing or
// older than any of its sources, so the command works on a fresh checkout and never runs yesterday's code.
// Plain JavaScript on purpose: transpiling TypeScript was most of a first handout's time.
// package.json starts it with one V8 background thread (--v8-pool-size=1, a flag only the command line can set),
// not four: their malloc arenas and stacks added about 13 MB to a batch's peak memory, and on two cores four
// threads made neither the batch nor a first handout faster.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import module from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const bundle = path.join(root, 'out', 'cli', 'handout.mjs');
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
  console.error('Building the handout command first (out/cli/handout.mjs)…');
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
// V8's compiled code for the bundle, kept beside it: written by the first run after a build (the build empties the
// folder), then read by every run instead of parsing and compiling the bundle again.
module.enableCompileCache(path.join(root, 'out', 'cli', '.compile-cache'));
await import(pathToFileURL(bundle).href);
