import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { z } from 'zod';

/**
 * Per schema, the SHA-256 digests of shipped files the build has already checked against it (the headless
 * command's build, vite.handout.config.ts), each of which that schema gives back exactly as its JSON stands.
 */
const checkedByBuild = new WeakMap<z.ZodType, ReadonlySet<string>>();

/** The digest a shipped file is known by: of its bytes, so a file changed in any way is checked again. */
export function shippedFileDigest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Files with these digests were checked against `schema` when the command was built: reading them again, it
 * skips checking what is byte for byte what was checked (most of a first handout's start went to it).
 */
export function trustCheckedByBuild(schema: z.ZodType, digests: readonly string[]): void {
  checkedByBuild.set(schema, new Set(digests));
}

/**
 * Reads a JSON file shipped with the app (a protocol, a lesson, the glossary) and checks it. A bad file is a
 * packaging error, not a person's mistake: it throws, naming the file and every problem in it.
 */
export function readShippedJson<S extends z.ZodType>(
  file: string,
  schema: S,
  what: string,
): z.output<S> {
  const bytes = readFileSync(file);
  const value: unknown = JSON.parse(bytes.toString('utf8'));
  if (checkedByBuild.get(schema)?.has(shippedFileDigest(bytes))) return value as z.output<S>;
  const result = schema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues
      .map((i) => `${i.path.join('.')}: ${i.message}`)
      .join('\n  ');
    throw new Error(`${file} is not a valid ${what}:\n  ${problems}`);
  }
  return result.data;
}
