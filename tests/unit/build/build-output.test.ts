import { execFile, execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runHandoutCommand } from '../../../src/cli/handout-command';
import { makeTempDir } from '../../support/temp-dir';
import { contentSecurityPolicy } from '../../../src/main/security/content-security-policy';
import { LANGUAGES, FALLBACK_LANGUAGE } from '@shared/i18n/languages';
import { NAMESPACES } from '@shared/i18n/i18n-setup';

// Checks of what electron-vite built (npm test builds before the unit tests run).
const out = path.resolve('out');
const read = (file: string) => {
  const full = path.join(out, file);
  if (!existsSync(full)) throw new Error(`${full} is missing: run npm run build first`);
  return readFileSync(full, 'utf8');
};

const EXAMPLE_INPUT = path.resolve('resources', 'handout-examples', 'example-car-t.json');

/** The example handout as the built command (scripts/handout.mjs) makes it, written into `dir` as `name`. */
function builtHandout(dir: string, name: string): Buffer {
  execFileSync(
    process.execPath,
    ['scripts/handout.mjs', '--input', EXAMPLE_INPUT, '--out', path.join(dir, name)],
    { stdio: 'ignore' },
  );
  return readFileSync(path.join(dir, name));
}

describe('the built app', () => {
  it('has one CommonJS preload that requires nothing but electron, so the sandbox can stay on', () => {
    const preload = read('preload/index.cjs');
    expect([...preload.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1])).toEqual([
      'electron',
    ]);
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

  it("starts without pdf.js or zod and with no language's words but the fallback's, but with every language's name", () => {
    const html = read('renderer/index.html');
    const entry = /<script type="module"[^>]*src="\.\/([^"]+)"/.exec(html)?.[1];
    // The first screen's scripts: the entry, and the chunks index.html has fetched beside it.
    const preloaded = [...html.matchAll(/<link rel="modulepreload"[^>]*\shref="\.\/([^"]+)"/g)].map(
      (match) => match[1] as string,
    );
    const isWords = (file: string) =>
      NAMESPACES.some((namespace) => path.basename(file).startsWith(`${namespace}-`));
    const files = [entry as string, ...preloaded];
    const code = files
      .filter((file) => !isWords(file))
      .map((file) => read(`renderer/${file}`))
      .join('\n');
    const words = files
      .filter(isWords)
      .map((file) => read(`renderer/${file}`))
      .join('\n');
    // pdf.js comes with the handout step, a language's words when it is chosen; the fallback's are needed at start.
    expect(
      `${code}${words}`.includes('No "GlobalWorkerOptions.rendererSrc" specified.'),
      'pdf.js in the first scripts',
    ).toBe(false);
    expect(code.includes('$ZodType'), 'zod in the first scripts').toBe(false);
    for (const language of LANGUAGES) {
      const app = JSON.parse(
        readFileSync(path.resolve('locales', language, 'app.json'), 'utf8'),
      ) as { languageName: string; welcome: { intro: string } };
      expect(code.includes(app.languageName), `${language}: its name`).toBe(true);
      expect(code.includes(app.welcome.intro), `${language}: its words in the code`).toBe(false);
      expect(words.includes(app.welcome.intro), `${language}: its words`).toBe(
        language === FALLBACK_LANGUAGE,
      );
    }
  });

  it('loads the page from app://, not from a file', () => {
    const main = read('main/index.js');
    expect(main).toContain('app://gtc');
    expect(main).not.toMatch(/loadFile\(|file:\/\//);
  });
});

describe('the built handout command', () => {
  it("is one script, HarfBuzz's included, with HarfBuzz's WebAssembly beside it", () => {
    const cli = path.join(out, 'cli');
    expect(readdirSync(cli).filter((name) => /\.[cm]?js$/.test(name))).toEqual(['handout.cjs']);
    expect(read('cli/handout.cjs')).toMatch(/new URL\(["'`]harfbuzz\.wasm["'`]/);
    expect(existsSync(path.join(cli, 'harfbuzz.wasm'))).toBe(true);
  });

  it('makes the same handout as the source, and its second run compiles nothing it kept from the first', async () => {
    const cli = path.join(out, 'cli');
    const { dir, cleanup } = makeTempDir();
    try {
      const built = (name: string) => builtHandout(dir, name);
      // The code V8 compiled, written by a run that found none, by no run that could use it (a batch keeps its own).
      const keptCode = () =>
        readdirSync(cli)
          .filter((name) => name.endsWith('.code') && !name.endsWith('-batch.code'))
          .map((name) => {
            const { ino, mtimeMs } = statSync(path.join(cli, name));
            return { name, ino, mtimeMs };
          });
      const first = built('first.pdf');
      const kept = keptCode();
      expect(kept).toHaveLength(1);
      expect(built('second.pdf').equals(first)).toBe(true);
      expect(keptCode()).toEqual(kept);

      const fromSource = path.join(dir, 'source.pdf');
      await runHandoutCommand(['--input', EXAMPLE_INPUT, '--out', fromSource], path.resolve('.'));
      expect(readFileSync(fromSource).equals(first)).toBe(true);
    } finally {
      cleanup();
    }
  });

  it('makes the same handout when its kept code is damaged, and keeps good code again', () => {
    const cli = path.join(out, 'cli');
    const { dir, cleanup } = makeTempDir();
    const run = (name: string) => builtHandout(dir, name);
    // Named by the bundle's digest, as scripts/handout.mjs names it.
    const digest = createHash('sha256')
      .update(readFileSync(path.join(cli, 'handout.cjs')))
      .digest('hex')
      .slice(0, 16);
    const keptFile = path.join(cli, `.handout-${digest}.code`);
    try {
      const good = run('good.pdf');
      const kept = readFileSync(keptFile);
      // A V8 code cache starts with a header of 4-byte fields: a magic number, then V8's version hash.
      const otherNode = Buffer.from(kept);
      otherNode.writeUInt32LE((otherNode.readUInt32LE(4) + 1) >>> 0, 4);
      const pastTheHeader = Buffer.from(kept);
      for (let at = 64; at < pastTheHeader.length; at += 997)
        pastTheHeader.writeUInt8(pastTheHeader.readUInt8(at) ^ 0x5a, at);
      const damaged = {
        truncated: kept.subarray(0, kept.length >> 1),
        'random bytes': randomBytes(kept.length),
        'made by another Node': otherNode,
        'changed past its header': pastTheHeader,
      };
      for (const [how, bytes] of Object.entries(damaged)) {
        writeFileSync(keptFile, bytes);
        expect(run(`${how}.pdf`).equals(good), how).toBe(true);
        expect(readFileSync(keptFile).equals(bytes), `${how}: written again`).toBe(false);
      }
    } finally {
      cleanup();
    }
  });

  it('says the warnings on stderr and the files written on stdout, exiting 0', async () => {
    const { dir, cleanup } = makeTempDir();
    try {
      const file = path.join(dir, 'input.json');
      writeFileSync(
        file,
        JSON.stringify({
          kind: 'gene-therapy-companion.handout-input',
          formatVersion: 1,
          language: 'en',
          protocol: { id: 'example-car-t' },
          patient: { role: 'patient', keyDates: { 'cell-collection': '2028-06-01' } },
          preparedAt: '2026-12-01T10:00:00.000Z',
        }),
      );
      // Rejects unless the command exits 0.
      const run = await promisify(execFile)(
        process.execPath,
        ['scripts/handout.mjs', '--input', file, '--out', path.join(dir, 'out.pdf')],
        { encoding: 'utf8' },
      );
      expect(run.stderr).toContain(
        'patient.keyDates.cell-collection: 2028-06-01 is more than 12 months after',
      );
      expect(run.stdout).toContain('Wrote');
      expect(run.stdout).not.toContain('patient.keyDates');
    } finally {
      cleanup();
    }
  });

  it('carries the digest of every shipped lesson, glossary and protocol file, which its build checked', () => {
    const bundle = read('cli/handout.cjs');
    for (const folder of ['lessons', 'glossary', 'protocols']) {
      for (const name of readdirSync(path.resolve('resources', folder))) {
        expect(bundle, `${folder}/${name}`).toContain(
          createHash('sha256')
            .update(readFileSync(path.resolve('resources', folder, name)))
            .digest('hex'),
        );
      }
    }
  });
});
