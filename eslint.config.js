import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeOnly = ['node:*', 'fs', 'path', 'child_process', 'electron', 'electron-store', 'conf'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'screenshots/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.chromium-host-data/**', '.tsbuild/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  { languageOptions: { globals: { ...globals.node } } },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      // http:// or ws:// in source would mean remote content; the app loads nothing from the network.
      'no-restricted-syntax': [
        'error',
        { selector: 'Literal[value=/^(http|ws)s?:\\/\\/(?!127\\.0\\.0\\.1)/]', message: 'The app loads nothing from the network.' },
        { selector: "CallExpression[callee.property.name='loadFile']", message: 'Serve pages from app://, never file://.' },
        { selector: 'Literal[value=/^file:/]', message: 'Serve pages from app://, never file://.' },
        { selector: 'JSXOpeningElement[name.name="webview"]', message: 'The app uses no <webview>.' },
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
      'no-restricted-imports': ['error', { patterns: [...nodeOnly, '**/main/**', '**/preload/**', '**/chromium-host/**'] }],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...nodeOnly, '**/main/**', '**/renderer/**', '**/preload/**'] }] },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', '**/main/**', '**/renderer/**'] }] },
  },
  {
    files: ['src/main/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/renderer/**', '**/chromium-host/**'] }] },
  },
  {
    // Tests must never load the real electron package: it would try to download the binary.
    files: ['tests/**/*.ts'],
    rules: {
      // Tests index into fixtures they just built; a wrong guess fails the test anyway.
      '@typescript-eslint/no-non-null-assertion': 'off', 'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Mock electron; never import it in tests.' }] }] },
  },
);
