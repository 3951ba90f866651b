import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.(ts|tsx|cjs|mjs|js|html)$/.test(name) ? [full] : [];
  });
}

const files = sources(path.resolve('src')).map((file) => ({
  file: path.relative('.', file),
  text: readFileSync(file, 'utf8'),
}));
const using = (pattern: RegExp) =>
  files.filter(({ text }) => pattern.test(text)).map(({ file }) => file);

// Electron security checklist items that are about what the code must never do.
describe('the app source', () => {
  it('never opens anything outside the app (shell.openExternal, shell.openPath)', () =>
    expect(using(/\bopenExternal\b|\bshell\.open/)).toEqual([]));
  it('uses no @electron/remote and no Node integration anywhere', () => {
    expect(using(/@electron\/remote|enableRemoteModule/)).toEqual([]);
    expect(using(/nodeIntegration\w*:\s*true/)).toEqual([]);
  });
  it('never turns web security, context isolation or the sandbox off', () =>
    expect(
      using(
        /webSecurity:\s*false|contextIsolation:\s*false|sandbox:\s*false|allowRunningInsecureContent:\s*true/,
      ),
    ).toEqual([]));
  it('enables no Blink features and allows no popups from a <webview>', () =>
    expect(using(/enableBlinkFeatures|allowpopups/)).toEqual([]));
  it('runs no code from strings (eval, new Function)', () =>
    expect(using(/\beval\(|new Function\(/)).toEqual([]));
  // Chromium keeps a deleted local or session storage value in its LevelDB log on disk until it compacts it,
  // whatever clears it, and a cookie in its SQLite file's free pages: a patient's answer written there could
  // outlive their session. The page keeps everything in memory and main.
  it('keeps nothing in local or session storage or cookies', () =>
    expect(using(/\blocalStorage\b|\bsessionStorage\b|document\.cookie/)).toEqual([]));
});

describe('Electron itself', () => {
  it('is a current major version, pinned exactly', () => {
    const version: string = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8'))
      .devDependencies.electron;
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(45);
  });
});
