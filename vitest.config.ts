import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { languageNames } from './scripts/vite/language-names.ts';
import { sharedAlias } from './scripts/vite/shared-alias.ts';

const UNIT_TESTS = 'tests/unit';

/**
 * Test files that replace a module (vi.mock, vi.doMock): their stand-in must not reach another file's imports,
 * so they run isolated, each with a module graph of its own. Found by reading the files, so a new one cannot
 * be missed.
 */
const REPLACING_MODULES = readdirSync(UNIT_TESTS, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => path.posix.join(UNIT_TESTS, file.split(path.sep).join('/')))
  .filter((file) => /\bvi\.(do)?[mM]ock\(/.test(readFileSync(file, 'utf8')));

/**
 * Tests of what the build made (out/): the built renderer and the built handout command. They are a project of their
 * own, so `npm run test:unit` (every other project) passes on a clean clone without a build, and `npm test` runs them
 * after its build.
 */
const NEEDS_BUILD = [
  `${UNIT_TESTS}/build/build-output.test.ts`,
  `${UNIT_TESTS}/scripts/start-chromium.test.ts`,
];
// A moved file would silently join the other projects and fail `npm run test:unit` on a clean clone.
for (const file of NEEDS_BUILD) if (!existsSync(file)) throw new Error(`NEEDS_BUILD: no ${file}`);

export default defineConfig({
  // The renderer's i18n imports each language's own name from this build-time module, in tests as in the app.
  plugins: [languageNames()],
  resolve: { alias: sharedAlias },
  test: {
    environment: 'node',
    // Vitest's default on two cores is one worker; many files here wait on child processes (Chromium, CUPS, a
    // store writer) rather than on the CPU, so a second worker nearly halves the run.
    maxWorkers: 2,
    // A time limit only catches a test that hangs; it must never fail a test on a busy machine. Many tests do slow
    // work on purpose (scrypt PIN hashes, whole handouts, rasterised pages), so the limit is Playwright's minute.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // electron-store imports 'electron' itself; inlining it lets the test's mock reach that import
    // instead of the real package, which would try to download the Electron binary.
    server: { deps: { inline: ['electron-store'] } },
    projects: [
      // The rest share their workers' modules: re-importing zod, pdf-lib and the fonts' tables for every file was
      // half of the run (about 50 s of 105 s on two cores).
      {
        extends: true,
        test: {
          name: 'unit',
          include: [`${UNIT_TESTS}/**/*.test.ts`],
          exclude: [...REPLACING_MODULES, ...NEEDS_BUILD],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'unit-replacing-modules', include: REPLACING_MODULES } },
      { extends: true, test: { name: 'built', include: NEEDS_BUILD } },
    ],
  },
});
