/** Each language's own name, read from `locales/<lang>/app.json` at build time (electron.vite.config.ts). */
declare module 'virtual:language-names' {
  const names: Readonly<Record<string, unknown>>;
  export default names;
}
