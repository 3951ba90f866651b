import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every file under `folder` whose bytes contain `needle` (as UTF-8 or UTF-16), for proving a name is nowhere on disk. */
export function filesContaining(folder: string, needle: string): string[] {
  const forms = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => {
      const bytes = readFileSync(file);
      return forms.some((form) => bytes.includes(form));
    });
}
