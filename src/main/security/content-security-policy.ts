/**
 * The page may load only the app's own scripts, styles, fonts and images, and may connect nowhere: the app
 * makes no network requests. No inline script, no eval. Sent as a response header by the app:// handler
 * (and by the test host) and written into index.html at build time, from this one definition.
 */
const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'none'"],
  ['object-src', "'none'"],
  ['frame-src', "'none'"],
  // pdf.js reads the handout's PDF in a worker, from the app's own files.
  ['worker-src', "'self'"],
  ['manifest-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a <meta> tag cannot carry; browsers ignore them there with a warning. */
const HEADER_ONLY = new Set(['frame-ancestors']);

export function contentSecurityPolicy(where: 'header' | 'meta'): string {
  return DIRECTIVES.filter(([name]) => where === 'header' || !HEADER_ONLY.has(name))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}
