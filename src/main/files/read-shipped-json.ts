import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';

/**
 * Per schema, the SHA-256 digests of shipped files already known to pass it, each of which that schema gives back
 * exactly as its JSON stands: those the headless command's build checked (vite.handout.config.ts), and those
 * this process has checked itself.
 */
const checked = new WeakMap<z.ZodType, Set<string>>();

function trust(schema: z.ZodType, digests: Iterable<string>): void {
  const known = checked.get(schema) ?? new Set<string>();
  for (const digest of digests) known.add(digest);
  checked.set(schema, known);
}

/** The digest a shipped file is known by: of its bytes, so a file changed in any way is checked again. */
export function shippedFileDigest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Files with these digests were checked against `schema` when the command was built: reading them again, it
 * skips checking what is byte for byte what was checked (most of a first handout's start went to it).
 */
export function trustCheckedByBuild(schema: z.ZodType, digests: readonly string[]): void {
  trust(schema, digests);
}

/**
 * Reads a JSON file shipped with the app (a protocol, a lesson, the glossary) and checks it. A bad file is a
 * packaging error, not a person's mistake: it throws, naming the file and every problem in it. A file is checked
 * once per process: the app's services, which read them all, can be built more than once in one process (the
 * unit tests build them for nearly every test, a batch of commands once per command), and the same bytes against
 * the same schema pass the same way.
 */
export function readShippedJson<S extends z.ZodType>(
  file: string,
  schema: S,
  what: string,
): z.output<S> {
  const bytes = readFileSync(file);
  const value: unknown = JSON.parse(bytes.toString('utf8'));
  const digest = shippedFileDigest(bytes);
  if (checked.get(schema)?.has(digest)) return value as z.output<S>;
  const result = schema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('\n  ');
    throw new Error(`${file} is not a valid ${what}:\n  ${problems}`);
  }
  // Only a file the schema gives back unchanged can later be taken as its JSON stands.
  if (isDeepStrictEqual(result.data, value)) trust(schema, [digest]);
  return result.data;
}
