import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The headless handout command as one built file (out/cli/handout.mjs), so a first handout spends no time
 * transpiling TypeScript, nor finding and reading the hundreds of small files some packages are made of (pdf-lib
 * and zod: about a sixth of the command's start).
 */
export default defineConfig({
  ssr: { noExternal: true },
  build: {
    ssr: resolve('src/cli/handout-main.ts'),
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node22',
    rolldownOptions: { output: { entryFileNames: 'handout.mjs' } },
  },
});
