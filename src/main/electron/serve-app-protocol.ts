import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_ORIGIN, APP_SCHEME } from '../security/app-origin';
import { lookUpAppAsset } from '../security/app-assets';

/** Must run before `ready`: app:// behaves like a secure web origin so CSP 'self' and the page work normally. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true } },
  ]);
}

/** Serves the built renderer folder under app://gtc/, with the CSP header on every response. */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const asset = lookUpAppAsset(request.url, rendererDir, APP_ORIGIN);
    if (asset.status !== 200) return new Response(null, { status: asset.status });
    try {
      return new Response(await readFile(asset.filePath), { status: 200, headers: asset.headers });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}
