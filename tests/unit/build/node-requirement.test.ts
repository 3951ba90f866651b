import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(path.resolve('README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(path.resolve('package-lock.json'), 'utf8'));

describe('the Node a computer needs (README "Set up", package.json engines)', () => {
  it('README states the same minimum Node as package.json and its lock file', () => {
    const stated = /Needs Node\.js (\d+\.\d+) or later/.exec(readme)?.[1];
    expect(stated).toBeDefined();
    expect(pkg.engines.node).toBe(`>=${stated ?? '(none)'}`);
    expect(lock.packages[''].engines.node).toBe(pkg.engines.node);
  });

  it("README names the major version of the project's own Node, which every npm script runs on", () => {
    const major = String(pkg.devDependencies.node).split('.')[0] ?? '';
    expect(readme).toContain(`installs the project's own Node ${major}`);
  });
});
