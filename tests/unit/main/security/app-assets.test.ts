import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../../src/main/security/app-origin';
import { lookUpAppAsset } from '../../../../src/main/security/app-assets';
import { contentSecurityPolicy } from '../../../../src/main/security/content-security-policy';
import { makeTempDir } from '../../../support/temp-dir';

// A built renderer folder, beside a folder of things it must never serve.
let root: string;
let outside: string;
let cleanup: () => void;
beforeAll(() => {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  const base = realpathSync(temp.dir);
  root = path.join(base, 'out', 'renderer');
  outside = path.join(base, 'private');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  writeFileSync(path.join(root, 'assets', 'index-abc.js'), '');
  writeFileSync(path.join(outside, 'secret.json'), '{"patient": "Zoë"}');
  // "junction" makes a directory junction on Windows and is ignored elsewhere.
  symlinkSync(path.join(outside, 'secret.json'), path.join(root, 'assets', 'data.json'));
  symlinkSync(outside, path.join(root, 'assets', 'more'), 'junction');
  symlinkSync(path.join(root, 'index.html'), path.join(root, 'start.html'));
});
afterAll(() => cleanup());

describe('lookUpAppAsset', () => {
  it('serves index.html for the root, with the CSP header', () => {
    const asset = lookUpAppAsset('app://gtc/', root, APP_ORIGIN);
    expect(asset).toMatchObject({ status: 200, filePath: path.join(root, 'index.html') });
    expect(asset.status === 200 && asset.headers['Content-Security-Policy']).toBe(
      contentSecurityPolicy('header'),
    );
  });

  it('serves built assets with their type', () => {
    expect(lookUpAppAsset('app://gtc/assets/index-abc.js', root, APP_ORIGIN)).toMatchObject({
      status: 200,
      filePath: path.join(root, 'assets', 'index-abc.js'),
      headers: {
        'Content-Type': 'text/javascript; charset=utf-8',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });

  it.each([
    'app://gtc/../../main/index.js',
    'app://gtc/%2e%2e/%2E%2E/main/index.js',
    'app://gtc/assets/../../../etc/passwd.json',
  ])('keeps %s inside the renderer folder', (url) => {
    const asset = lookUpAppAsset(url, root, APP_ORIGIN);
    if (asset.status === 200) expect(asset.filePath.startsWith(root + path.sep)).toBe(true);
  });

  it.each([
    'app://gtc/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret.json',
    'app://gtc/assets/..%5c..%5csecret.js',
    'app://gtc/index.html%00.js',
    'app://gtc/%E0%A4%A',
    'app://other/index.html',
    'https://gtc/index.html',
    'file:///etc/passwd',
    'nonsense',
  ])('refuses %s', (url) => {
    expect(lookUpAppAsset(url, root, APP_ORIGIN).status).toBe(403);
  });

  it.each(['app://gtc/assets/data.json', 'app://gtc/assets/more/secret.json'])(
    'refuses %s, a link inside the folder that leads out of it',
    (url) => {
      expect(lookUpAppAsset(url, root, APP_ORIGIN).status).toBe(403);
    },
  );

  it('serves a link that stays inside the folder as the file it leads to', () => {
    expect(lookUpAppAsset('app://gtc/start.html', root, APP_ORIGIN)).toMatchObject({
      status: 200,
      filePath: path.join(root, 'index.html'),
    });
  });

  it('does not serve unknown file types or files that are not there', () => {
    expect(lookUpAppAsset('app://gtc/notes.txt', root, APP_ORIGIN).status).toBe(404);
    expect(lookUpAppAsset('app://gtc/assets/missing.js', root, APP_ORIGIN).status).toBe(404);
  });
});
