import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './src/main/security/content-security-policy';
import { FALLBACK_LANGUAGE } from './src/shared/i18n/languages';
import { firstScreenPreload } from './scripts/vite/first-screen-preload';
import { languageNames } from './scripts/vite/language-names';
import { sharedAlias } from './scripts/vite/shared-alias';

/** Writes the app's Content-Security-Policy into index.html from the same definition main sends as a header. */
function cspMetaTag(): Plugin {
  return {
    name: 'gtc-csp-meta',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy('meta') },
        injectTo: 'head-prepend',
      },
    ],
  };
}

const config: UserConfig = {
  main: {
    resolve: { alias: sharedAlias },
    build: {
      rolldownOptions: { input: { index: resolve('src/main/index.ts') } },
    },
  },
  preload: {
    resolve: { alias: sharedAlias },
    build: {
      // A sandboxed preload can only require('electron'): everything else must be bundled into one CommonJS file.
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    resolve: {
      alias: [
        ...Object.entries(sharedAlias).map(([find, replacement]) => ({ find, replacement })),
        // zod comes with its settings for the page (see zod-settings.ts); `zod/v4` there is zod itself.
        { find: /^zod$/, replacement: resolve('src/renderer/src/app/zod-settings.ts') },
      ],
    },
    plugins: [
      react(),
      cspMetaTag(),
      languageNames(),
      firstScreenPreload({
        start: 'src/renderer/src/app/start-app.tsx',
        locale: `locales/${FALLBACK_LANGUAGE}`,
        fonts: [
          'resources/fonts/NotoSans-Regular-screen.ttf',
          'resources/fonts/NotoSans-Bold-screen.ttf',
        ],
      }),
    ],
    build: {
      // The polyfill would fetch() modules, which the CSP (connect-src 'none') rightly refuses.
      modulePreload: { polyfill: false },
      // electron-vite leaves the renderer unminified; minified, the first screen parses half the script.
      minify: true,
      rolldownOptions: { input: resolve('src/renderer/index.html') },
    },
  },
};

export default defineConfig(config);
