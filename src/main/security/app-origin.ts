/** The app's pages are served from this custom scheme, never from file:// (which grants every local file). */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = new URL('app://gtc');
export const APP_ENTRY_URL = new URL('/index.html', APP_ORIGIN).href;
