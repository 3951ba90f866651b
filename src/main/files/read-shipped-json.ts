import { readFileSync } from 'node:fs';
import type { z } from 'zod';

/**
 * Reads a JSON file shipped with the app (a protocol, a lesson, the glossary) and checks it. A bad file is a
 * packaging error, not a person's mistake: it throws, naming the file and every problem in it.
 */
export function readShippedJson<S extends z.ZodType>(file: string, schema: S, what: string): z.output<S> {
  const result = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n  ');
    throw new Error(`${file} is not a valid ${what}:\n  ${problems}`);
  }
  return result.data;
}
