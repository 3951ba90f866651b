import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A scan that met a file the browser engine removed or renamed between listing and reading it. */
class FileVanished extends Error {}

/**
 * Every file under `folder` whose bytes contain `needle` (as UTF-8, UTF-16 or, where it fits, Latin-1, which is how
 * V8 writes such a string into IndexedDB), for proving a name is nowhere on disk.
 */
export function filesContaining(folder: string, needle: string): string[] {
  const latin1 = Array.from(needle).every((character) => (character.codePointAt(0) ?? 0) <= 0xff);
  const forms = [
    Buffer.from(needle, 'utf8'),
    Buffer.from(needle, 'utf16le'),
    ...(latin1 ? [Buffer.from(needle, 'latin1')] : []),
  ];
  // A running Chromium writes temporary files and renames them over others (Preferences, cache entries), so a file
  // listed may be gone when read, its bytes now under another name. Such a scan proves nothing: scan again, and
  // fail rather than pass on a folder that never held still.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return scan(folder, forms);
    } catch (error) {
      if (!(error instanceof FileVanished) || attempt === 5) throw error;
    }
  }
}

function scan(folder: string, forms: Buffer[]): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => {
      let bytes: Buffer;
      try {
        bytes = readFileSync(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT')
          throw new FileVanished(`${file} vanished while the folder was read`);
        throw error;
      }
      return forms.some((form) => bytes.includes(form));
    });
}
