import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import { GlossarySchema } from '@shared/content/glossary';
import { LessonSchema } from '@shared/content/lesson';
import { ProtocolSchema } from '@shared/protocol/protocol';
import { shippedFileDigest } from '../main/files/read-shipped-json';

/** The shipped files a handout reads, by their folder in resources/, each with the schema it is read with. */
export const SHIPPED_FILE_KINDS: ReadonlyArray<{ folder: string; schema: z.ZodType }> = [
  { folder: 'lessons', schema: LessonSchema },
  { folder: 'glossary', schema: GlossarySchema },
  { folder: 'protocols', schema: ProtocolSchema },
];

/** Per folder, the digests of the files the build checked. */
export type CheckedShippedFiles = Record<string, string[]>;

/**
 * Run by the build: the digest of every shipped file its schema accepts and gives back exactly as its JSON
 * stands, so reading the file's JSON is reading what was checked. Any other file is left out, and checked when
 * it is read, as in the app.
 */
export function checkShippedFiles(resourcesDir: string): CheckedShippedFiles {
  return Object.fromEntries(
    SHIPPED_FILE_KINDS.map(({ folder, schema }) => {
      const dir = path.join(resourcesDir, folder);
      const digests = readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .flatMap((name) => {
          const bytes = readFileSync(path.join(dir, name));
          let value: unknown;
          try {
            value = JSON.parse(bytes.toString('utf8'));
          } catch {
            return [];
          }
          const result = schema.safeParse(value);
          return result.success && isDeepStrictEqual(result.data, value)
            ? [shippedFileDigest(bytes)]
            : [];
        });
      return [folder, digests];
    }),
  );
}
