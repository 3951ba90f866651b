import { defineConfig } from 'vitest/config';
import { languageNames } from './scripts/vite/language-names.ts';

export default defineConfig({
  // The renderer's i18n imports each language's own name from this build-time module, in tests as in the app.
  plugins: [languageNames()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
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
  },
});
