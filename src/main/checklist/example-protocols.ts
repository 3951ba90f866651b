import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ProtocolSchema, type Protocol } from '../../shared/protocol/protocol';

/** Reads the example protocols shipped in `resources/protocols`; a bad file is a packaging error, so it throws. */
export function loadProtocolFolder(folder: string): Protocol[] {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort();
  return files.map((name) => {
    const file = path.join(folder, name);
    const result = ProtocolSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!result.success) {
      const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n  ');
      throw new Error(`${file} is not a valid protocol:\n  ${problems}`);
    }
    return result.data;
  });
}
