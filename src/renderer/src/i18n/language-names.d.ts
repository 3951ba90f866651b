/**
 * Each language's own name, read from `locales/<lang>/app.json` and checked at build time
 * (scripts/vite/language-names.ts): every shipped language has one, never empty.
 */
declare module 'virtual:language-names' {
  const names: Readonly<Record<import('@shared/i18n/languages').Language, string>>;
  export default names;
}
