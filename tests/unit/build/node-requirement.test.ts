import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(path.resolve('README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(path.resolve('package-lock.json'), 'utf8'));

/** The project's own Node: one version, as a package per platform (npm installs only this computer's). */
const nodeBinaries = Object.keys(pkg.optionalDependencies as Record<string, string>).filter(
  (name) => name.startsWith('node-'),
);
const versions = new Set(nodeBinaries.map((name) => String(pkg.optionalDependencies[name])));
const [projectNode] = versions;

describe('the Node a computer needs (README "Set up", package.json engines)', () => {
  it("names one version of the project's own Node for every platform", () => {
    expect(nodeBinaries.length).toBeGreaterThan(0);
    expect([...versions]).toHaveLength(1);
  });

  it('README states the same minimum Node as package.json and its lock file', () => {
    const stated = /Needs Node\.js (\d+\.\d+) or later/.exec(readme)?.[1];
    expect(stated).toBeDefined();
    expect(pkg.engines.node).toBe(`>=${stated ?? '(none)'}`);
    expect(lock.packages[''].engines.node).toBe(pkg.engines.node);
  });

  it("README names the major version of the project's own Node, which every npm script runs on", () => {
    const major = String(projectNode).split('.')[0] ?? '';
    expect(readme).toContain(`installs the project's own Node ${major}`);
  });

  // npm skips an optional dependency it cannot install with a warning only, and npm scripts would then run on
  // whatever Node the computer has: this says so instead of letting the tests run on another Node than Electron's.
  it("every npm script runs on the project's own Node, the one built for this computer", () => {
    const platform = process.platform === 'win32' ? 'win' : process.platform;
    expect(nodeBinaries, 'node-<platform>-<arch> in optionalDependencies').toContain(
      `node-${platform}-${process.arch}`,
    );
    expect(process.versions.node).toBe(projectNode);
  });
});
