import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Every file under `folder` whose bytes contain `needle` (as UTF-8, UTF-16 or, where it fits, Latin-1, which is how
 * V8 writes such a string into IndexedDB), for proving a name is nowhere on disk.
 */
export function filesContaining(folder: string, needle: string): string[] {
  const latin1 = [...needle].every((character) => (character.codePointAt(0) ?? 0) <= 0xff);
  const forms = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le'), ...(latin1 ? [Buffer.from(needle, 'latin1')] : [])];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => {
      const bytes = readFileSync(file);
      return forms.some((form) => bytes.includes(form));
    });
}
