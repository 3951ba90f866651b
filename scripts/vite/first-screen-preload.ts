import { resolve } from 'node:path';
import type { HtmlTagDescriptor, Plugin, Rolldown } from 'vite';

/**
 * Lists in index.html, as module preloads, the chunks the first screen runs besides the entry: the app's start
 * (`startModule`, which the entry imports only after it has asked main for the first screen's answers) with the
 * chunks it imports, and the fallback language's words (`localeFolder`), needed whatever the session's language
 * is. The page then fetches them beside the entry instead of one after the other. Build only: the dev server
 * serves modules one by one.
 */
export function firstScreenPreload(startModule: string, localeFolder: string): Plugin {
  const start = resolve(startModule);
  const locale = `${resolve(localeFolder)}/`;
  return {
    name: 'gtc-first-screen-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).filter((output): output is Rolldown.OutputChunk => output.type === 'chunk');
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const startChunk = chunks.find((chunk) => chunk.facadeModuleId === start);
        if (!startChunk) throw new Error(`first-screen-preload: no chunk starts at ${startModule}`);
        const files = new Set<string>();
        const add = (chunk: Rolldown.OutputChunk) => {
          if (files.has(chunk.fileName)) return;
          files.add(chunk.fileName);
          for (const file of chunk.imports) {
            const imported = byFile.get(file);
            if (imported && !imported.isEntry) add(imported);
          }
        };
        add(startChunk);
        for (const chunk of chunks) if (chunk.facadeModuleId?.startsWith(locale)) add(chunk);
        return [...files].map((file): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` }, injectTo: 'head' }));
      },
    },
  };
}
