import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The headless handout command as one built file (out/cli/handout.mjs), so a first handout does not spend most
 * of its time transpiling TypeScript. Packages stay in node_modules, where they are found at run time.
 */
export default defineConfig({
  build: {
    ssr: resolve('src/cli/handout-main.ts'),
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node22',
    rolldownOptions: { output: { entryFileNames: 'handout.mjs' } },
  },
});
