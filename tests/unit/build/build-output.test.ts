import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src/main/security/content-security-policy';

// Checks of what electron-vite built (npm test builds before the unit tests run).
const out = path.resolve('out');
const read = (file: string) => {
  const full = path.join(out, file);
  if (!existsSync(full)) throw new Error(`${full} is missing: run npm run build first`);
  return readFileSync(full, 'utf8');
};

describe('the built app', () => {
  it('has one CommonJS preload that requires nothing but electron, so the sandbox can stay on', () => {
    const preload = read('preload/index.cjs');
    expect([...preload.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1])).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*import\s/m);
  });

  it('writes the Content-Security-Policy into index.html, first in <head>, from the one definition', () => {
    const html = read('renderer/index.html');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
    expect(meta?.[1]?.replaceAll('&#39;', "'")).toBe(contentSecurityPolicy('meta'));
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('has no inline script in index.html', () => {
    const html = read('renderer/index.html');
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc="/);
  });

  it('loads the page from app://, not from a file', () => {
    const main = read('main/index.js');
    expect(main).toContain('app://gtc');
    expect(main).not.toMatch(/loadFile\(|file:\/\//);
  });
});
