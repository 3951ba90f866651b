import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';

// A copy of the project's package.json and scripts beside a fake electron package: the machine's own
// node_modules/electron is never touched, and an absent binary never starts a download that would need internet.
let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = makeTempDir());
  copyFileSync(path.resolve('package.json'), path.join(dir, 'package.json'));
  mkdirSync(path.join(dir, 'scripts'));
  copyFileSync(
    path.resolve('scripts/check-electron-binary.mjs'),
    path.join(dir, 'scripts', 'check-electron-binary.mjs'),
  );
  mkdirSync(path.join(dir, 'node_modules', 'electron'), { recursive: true });
});
afterEach(() => cleanup());

const electronPackage = (): string => path.join(dir, 'node_modules', 'electron');
/** The environment of the test run without a binary folder of its own, so only the fake package counts. */
function environment(overrideDist?: string): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.ELECTRON_OVERRIDE_DIST_PATH;
  return overrideDist === undefined ? env : { ...env, ELECTRON_OVERRIDE_DIST_PATH: overrideDist };
}

/** Runs a command in the copy and gives back its exit code and everything it printed. */
function run(
  command: string,
  args: string[],
  env = environment(),
): { status: number | null; output: string } {
  const { status, stdout, stderr } = spawnSync(command, args, {
    cwd: dir,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status, output: `${stdout}${stderr}` };
}

const stackTraceLine = /^\s+at /m;
const countOf = (text: string, part: string): number => text.split(part).length - 1;

describe.each([
  { script: 'start', alternative: 'npm run start:chromium' },
  { script: 'test:electron', alternative: 'npm run test:e2e' },
])('npm run $script without the Electron binary', ({ script, alternative }) => {
  it(`fails with one message: what is missing, how to fetch it with internet, and ${alternative}`, () => {
    const { status, output } = run('npm', ['run', script]);
    expect(status).not.toBe(0);
    expect(output).not.toMatch(stackTraceLine);
    expect(countOf(output, alternative)).toBe(1);
    expect(output).toContain('Electron program is not installed');
    expect(output).toContain('internet');
    expect(countOf(output, 'npx install-electron --no')).toBe(1);
    // It stops before building: nothing is built for an app that cannot open.
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  }, 90_000);
});

describe('finding the Electron binary (scripts/check-electron-binary.mjs)', () => {
  const check = (env?: NodeJS.ProcessEnv) =>
    run(process.execPath, ['scripts/check-electron-binary.mjs', 'start'], env);

  it('finds it where path.txt names a file under dist', () => {
    writeFileSync(path.join(electronPackage(), 'path.txt'), 'electron');
    mkdirSync(path.join(electronPackage(), 'dist'));
    writeFileSync(path.join(electronPackage(), 'dist', 'electron'), '');
    expect(check()).toEqual({
      status: 0,
      output: `Electron binary: ${path.join(electronPackage(), 'dist', 'electron')}\n`,
    });
  });

  it('says it is missing where path.txt names a file that is not there', () => {
    writeFileSync(path.join(electronPackage(), 'path.txt'), 'electron');
    const { status, output } = check();
    expect(status).toBe(1);
    expect(output).toContain('npm run start:chromium');
  });

  it('finds it in ELECTRON_OVERRIDE_DIST_PATH, and says it is missing where that folder lacks it', () => {
    const { dir: dist, cleanup: removeDist } = makeTempDir();
    try {
      expect(check(environment(dist)).status).toBe(1);
      writeFileSync(path.join(dist, 'electron'), '');
      expect(check(environment(dist))).toEqual({
        status: 0,
        output: `Electron binary: ${path.join(dist, 'electron')}\n`,
      });
    } finally {
      removeDist();
    }
  });

  it('refuses a command it does not know', () => {
    const { status, output } = run(process.execPath, [
      'scripts/check-electron-binary.mjs',
      'toString',
    ]);
    expect(status).toBe(2);
    expect(output).not.toMatch(stackTraceLine);
  });
});
