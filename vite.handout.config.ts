import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, posix, resolve } from 'node:path';
import { defineConfig, runnerImport, type Plugin } from 'vite';
import { sharedAlias } from './scripts/vite/shared-alias.ts';

/**
 * HarfBuzz's Emscripten loader finds its WebAssembly beside itself (`new URL("harfbuzz.wasm", import.meta.url)`),
 * which the SSR build does not copy: the file is written next to whichever chunk holds the loader.
 */
function harfBuzzWasm(): Plugin {
  const wasm = resolve(
    dirname(createRequire(import.meta.url).resolve('harfbuzzjs')),
    'harfbuzz.wasm',
  );
  return {
    name: 'gtc-harfbuzz-wasm',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !/new URL\(["'`]harfbuzz\.wasm["'`]/.test(chunk.code))
          continue;
        this.emitFile({
          type: 'asset',
          fileName: posix.join(posix.dirname(chunk.fileName), 'harfbuzz.wasm'),
          source: readFileSync(wasm),
        });
      }
    },
  };
}

/**
 * harfbuzzjs compiles its WebAssembly at module load (top-level await), which a CommonJS bundle cannot hold: here
 * the module instead exports `ready`, the same work as a promise, which shaping-font.ts awaits before using it.
 */
function harfBuzzLoadedOnDemand(): Plugin {
  const atLoad = 'init(await createHarfBuzz());';
  return {
    name: 'gtc-harfbuzz-on-demand',
    transform(code, id) {
      if (!/[\\/]harfbuzzjs[\\/]dist[\\/]index\.mjs$/.test(id)) return null;
      if (!code.includes(atLoad))
        this.error(
          `harfbuzzjs no longer starts with "${atLoad}": is it the version package.json names?`,
        );
      return {
        code: code.replace(atLoad, 'export const ready = createHarfBuzz().then(init);'),
        map: null,
      };
    },
  };
}

/**
 * The shipped lessons, glossary and protocols, checked once here rather than at every start of the command
 * (src/main/files/read-shipped-json.ts): their digests are written into the bundle, and a file changed since is
 * checked as it is read. The checker is loaded through Vite with this build's own resolve settings, so its imports
 * resolve as the bundle's do.
 */
function checkedShippedFiles(): Plugin {
  return {
    name: 'gtc-checked-shipped-files',
    async config(config) {
      const { module } = await runnerImport<typeof import('./src/cli/checked-shipped-files')>(
        resolve('src/cli/checked-shipped-files.ts'),
        {
          configFile: false,
          resolve: config.resolve,
          logLevel: 'error',
        },
      );
      return {
        define: {
          __GTC_CHECKED_SHIPPED_FILES__: JSON.stringify(
            module.checkShippedFiles(resolve('resources')),
          ),
        },
      };
    },
  };
}

/**
 * The headless handout command as one built file (out/cli/handout.cjs), so a first handout spends no time
 * transpiling TypeScript, nor finding and reading the hundreds of small files some packages are made of (pdf-lib
 * and zod: about a sixth of the command's start). A script, not a module: scripts/handout.mjs compiles it with the
 * code V8 compiled in an earlier run, every function the handout used included, which Node's compile cache for
 * modules leaves out (it keeps only what is compiled before the module runs).
 */
export default defineConfig({
  resolve: { alias: sharedAlias },
  ssr: { noExternal: true },
  plugins: [harfBuzzWasm(), harfBuzzLoadedOnDemand(), checkedShippedFiles()],
  build: {
    ssr: resolve('src/cli/handout-main.ts'),
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node22',
    // Half the bytes for a new process to read, decode and parse before its first handout.
    minify: true,
    rolldownOptions: {
      output: {
        format: 'cjs',
        entryFileNames: 'handout.cjs',
        // One file, and Node's own modules required: the script has no module loader for import().
        codeSplitting: false,
        dynamicImportInCjs: false,
        // Letters beyond ASCII written as escapes: Node reads an ASCII file into a string several times faster.
        charset: 'ascii',
      },
    },
  },
});
