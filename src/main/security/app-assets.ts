import { realpathSync } from 'node:fs';
import path from 'node:path';
import { contentSecurityPolicy } from './content-security-policy';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export type AssetLookup =
  { status: 200; filePath: string; headers: Record<string, string> } | { status: 403 | 404 };

const isInside = (file: string, folder: string) => file.startsWith(folder + path.sep);

/**
 * Maps a request for the app's own page to a file inside the built renderer folder. Anything from another
 * origin, any path escaping the folder (`..`, encoded or not, or through a link), any unknown file type and any
 * missing file is refused.
 */
export function lookUpAppAsset(requestUrl: string, rootDir: string, origin: URL): AssetLookup {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { status: 403 };
  }
  if (url.protocol !== origin.protocol || url.host !== origin.host) return { status: 403 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { status: 403 };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { status: 403 };
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const root = path.resolve(rootDir);
  const requested = path.resolve(root, `.${pathname}`);
  if (!isInside(requested, root)) return { status: 403 };
  const mime = MIME_TYPES[path.extname(requested).toLowerCase()];
  if (!mime) return { status: 404 };
  // A link (or a Windows junction) inside the folder may lead anywhere: what is served is where it really leads.
  let filePath: string;
  try {
    filePath = realpathSync(requested);
    if (!isInside(filePath, realpathSync(root))) return { status: 403 };
  } catch {
    return { status: 404 };
  }
  return {
    status: 200,
    filePath,
    headers: {
      'Content-Type': mime,
      'Content-Security-Policy': contentSecurityPolicy('header'),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  };
}
