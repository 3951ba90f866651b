import { resolve } from 'node:path';
import type { HtmlTagDescriptor, Plugin, Rolldown } from 'vite';

export interface FirstScreenFiles {
  /** The module that draws the app, which the entry imports only after it has asked main for the first screen's answers. */
  start: string;
  /** The fallback language's folder in locales/: its words are needed whatever the session's language is. */
  locale: string;
  /** The fonts every first screen's text is drawn in; the browser asks for them only once the text is laid out. */
  fonts: readonly string[];
}

/**
 * Lists in index.html what the first screen needs besides the entry, as module preloads (the app's start with the
 * chunks it imports, and the fallback language's words) and font preloads, so the page fetches them beside the
 * entry instead of one after the other. Build only: the dev server serves modules one by one.
 */
export function firstScreenPreload({ start, locale, fonts }: FirstScreenFiles): Plugin {
  const startModule = resolve(start);
  const localeFolder = `${resolve(locale)}/`;
  const fontFiles = new Set(fonts.map((font) => resolve(font)));
  // Assets name their sources relative to the renderer's root.
  let root = '';
  return {
    name: 'gtc-first-screen-preload',
    apply: 'build',
    configResolved: (config) => void (root = config.root),
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const outputs = Object.values(bundle ?? {});
        const chunks = outputs.filter(
          (output): output is Rolldown.OutputChunk => output.type === 'chunk',
        );
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const startChunk = chunks.find((chunk) => chunk.facadeModuleId === startModule);
        if (!startChunk) throw new Error(`first-screen-preload: no chunk starts at ${start}`);
        const modules = new Set<string>();
        const add = (chunk: Rolldown.OutputChunk) => {
          if (modules.has(chunk.fileName)) return;
          modules.add(chunk.fileName);
          for (const file of chunk.imports) {
            const imported = byFile.get(file);
            if (imported && !imported.isEntry) add(imported);
          }
        };
        add(startChunk);
        for (const chunk of chunks) if (chunk.facadeModuleId?.startsWith(localeFolder)) add(chunk);
        const fontAssets = outputs.filter(
          (output) =>
            output.type === 'asset' &&
            output.originalFileNames.some((name) => fontFiles.has(resolve(root, name))),
        );
        if (fontAssets.length !== fontFiles.size)
          throw new Error(
            `first-screen-preload: not every font of ${fonts.join(', ')} is in the build`,
          );
        return [
          ...[...modules].map((file): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
            injectTo: 'head',
          })),
          // Fonts are fetched in CORS mode, so their preload must be too, or the browser fetches them twice.
          ...fontAssets.map((font): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'font',
              type: 'font/ttf',
              crossorigin: true,
              href: `./${font.fileName}`,
            },
            injectTo: 'head',
          })),
        ];
      },
    },
  };
}
