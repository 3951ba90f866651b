import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeOnly = ['node:*', 'fs', 'path', 'child_process', 'electron', 'electron-store', 'conf'];

/**
 * The only files that may import Electron (electron-store loads it too): the entry point's glue and the thin
 * adapters behind main's small interfaces. Everything else in main stays plain TypeScript that tests run in Node.
 */
const ELECTRON_GLUE = [
  'src/main/index.ts',
  'src/main/electron/*.ts',
  'src/main/platform/electron-*.ts',
  'src/main/store/electron-store-document.ts',
  'src/main/security/window-options.ts',
  'src/preload/index.ts',
];
const mainOnly = ['**/renderer/**', '**/chromium-host/**'];
const preloadOnly = ['node:*', 'fs', 'path', '**/main/**', '**/renderer/**'];
const notElectron = [
  {
    name: 'electron',
    message:
      'Only the files in ELECTRON_GLUE (eslint.config.js) import Electron; take a small interface instead.',
  },
  {
    name: 'electron-store',
    message:
      'electron-store loads Electron: only src/main/store/electron-store-document.ts uses it.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'screenshots/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.chromium-host-data/**',
      '.tsbuild/**',
      // The bundled copy of a config that electron-vite and Vite write beside it during a build, which npm test runs
      // beside the lint: it may be gone before the lint reads it.
      '*.config.ts.*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    // Type-aware rules read each file's types through the TypeScript project it belongs to (tsconfig.json's references).
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    rules: {
      // A one-line handler such as `onClick={() => setOpen(true)}` reads plainly; a void value used anywhere else is still caught.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Numbers print as people expect in messages; undefined, null and objects in a message are still caught.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // An async function that implements a Promise-returning interface keeps its throws as rejections, which its
      // callers handle; removing `async` where nothing is awaited would turn them into throws.
      '@typescript-eslint/require-await': 'off',
    },
  },
  // Plain JavaScript (this file, the small Node launchers in scripts/) belongs to no TypeScript project.
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      // http:// or ws:// in source would mean remote content; the app loads nothing from the network.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Literal[value=/^(http|ws)s?:\\/\\/(?!127\\.0\\.0\\.1)/]',
          message: 'The app loads nothing from the network.',
        },
        {
          selector: "CallExpression[callee.property.name='loadFile']",
          message: 'Serve pages from app://, never file://.',
        },
        { selector: 'Literal[value=/^file:/]', message: 'Serve pages from app://, never file://.' },
        {
          selector: 'JSXOpeningElement[name.name="webview"]',
          message: 'The app uses no <webview>.',
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The renderer reaches main only through the contract bridge.
      'no-restricted-imports': [
        'error',
        { patterns: [...nodeOnly, '**/main/**', '**/preload/**', '**/chromium-host/**'] },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...nodeOnly, '**/main/**', '**/renderer/**', '**/preload/**'] },
      ],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: notElectron, patterns: preloadOnly }] },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: notElectron, patterns: mainOnly }] },
  },
  {
    // The second host and the command line run in plain Node, without Electron.
    files: ['src/chromium-host/**/*.ts', 'src/cli/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: notElectron }] },
  },
  {
    files: ELECTRON_GLUE.filter((file) => file.startsWith('src/main/')),
    rules: { 'no-restricted-imports': ['error', { patterns: mainOnly }] },
  },
  {
    files: ELECTRON_GLUE.filter((file) => file.startsWith('src/preload/')),
    rules: { 'no-restricted-imports': ['error', { patterns: preloadOnly }] },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Tests index into fixtures they just built; a wrong guess fails the test anyway.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests read and spoil JSON files on purpose and use expect's matchers (expect.any, stringContaining), all typed
      // any, and stand in for class instances with plain objects; a wrong shape fails the test itself.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      // Tests must never load the real electron package: it would try to download the binary.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Use tests/support/electron-stand-in.ts; never import electron in tests.',
            },
          ],
        },
      ],
    },
  },
);
