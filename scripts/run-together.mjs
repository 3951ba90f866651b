// Runs npm scripts at the same time and fails when any of them fails, after all have ended. `npm test` runs the
// build and then the unit tests, with the type check and the lint beside them: the build and the unit tests leave
// a core idle part of the time (one-threaded bundling, waiting on Chromium, CUPS and child processes), and the
// checks need no build. Scripts after
// --idle run at the lowest priority, on CPU time the others leave unused, so tests that start programs within
// a time limit are barely slowed by them. Each script's output is printed whole when it ends, so the logs do
// not interleave.
import { spawn } from 'node:child_process';
import { constants, setPriority } from 'node:os';

const args = process.argv.slice(2);
const idleFrom = args.includes('--idle') ? args.indexOf('--idle') : args.length;
const scripts = args
  .filter((arg) => arg !== '--idle')
  .map((name, index) => ({ name, idle: index >= idleFrom }));
if (scripts.length === 0) {
  console.error('Usage: node scripts/run-together.mjs <npm script>... [--idle <npm script>...]');
  process.exit(2);
}

// Under npm, npm_execpath is npm's own CLI: run it with this Node, as npm runs scripts.
const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];

/** Runs one script, keeping its output in order; resolves with its exit code. */
function run({ name, idle }) {
  return new Promise((resolve) => {
    const output = [];
    const child = spawn(npm[0], [...npm.slice(1), 'run', '-s', name], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Set before npm starts the script (it takes a moment to load), so every process under it inherits it.
    if (idle && child.pid !== undefined) setPriority(child.pid, constants.priority.PRIORITY_LOW);
    child.stdout.on('data', (chunk) => output.push([process.stdout, chunk]));
    child.stderr.on('data', (chunk) => output.push([process.stderr, chunk]));
    child.on('error', (error) => output.push([process.stderr, Buffer.from(`${error.message}\n`)]));
    const started = performance.now();
    child.on('close', (code, signal) => {
      for (const [stream, chunk] of output) stream.write(chunk);
      // When each one ends tells which of them holds the others up (CI time is measured whole).
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      console.error(`npm run ${name}: ended after ${seconds} s`);
      if (code !== 0) console.error(`npm run ${name} failed (${signal ?? `exit code ${code}`})`);
      resolve(code ?? 1);
    });
  });
}

const codes = await Promise.all(scripts.map(run));
// exitCode rather than exit(): a piped stdout is written asynchronously, and exit() could cut the last output.
process.exitCode = codes.find((code) => code !== 0) ?? 0;
