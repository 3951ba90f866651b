import { readFileSync, statSync } from 'node:fs';
import type { z } from 'zod';
import type { FileProblem } from '@shared/schemas/file-results';
import { plainIssueMessage } from '@shared/schemas/plain-issue-messages';

export type { FileProblem };

export type FileReading<T> = { ok: true; value: T } | { ok: false; problems: FileProblem[] };

const WHOLE_FILE = '(whole file)';

function location(path: ReadonlyArray<PropertyKey>): string {
  return (
    path.reduce<string>(
      (text, part) =>
        typeof part === 'number'
          ? `${text}[${part}]`
          : text
            ? `${text}.${String(part)}`
            : String(part),
      '',
    ) || WHOLE_FILE
  );
}

/** Checks a JSON file's bytes against a schema and lists every problem; nothing is applied here. */
export function readJsonFile<T>(
  bytes: Uint8Array,
  schema: z.ZodType<T>,
  maxBytes: number,
): FileReading<T> {
  if (bytes.byteLength > maxBytes) return tooLarge(bytes.byteLength, maxBytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      problems: [{ location: WHOLE_FILE, message: 'the file is not UTF-8 text' }],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          location: WHOLE_FILE,
          message: `the file is not valid JSON: ${(error as Error).message}`,
        },
      ],
    };
  }
  const parsed = schema.safeParse(json, { error: plainIssueMessage });
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        location: location(issue.path),
        message: issue.message,
      })),
    };
  return { ok: true, value: parsed.data };
}

function tooLarge(size: number, maxBytes: number): FileReading<never> {
  return {
    ok: false,
    problems: [
      { location: WHOLE_FILE, message: `the file is ${size} bytes; it may be at most ${maxBytes}` },
    ],
  };
}

/** The same for a file on disk; an oversized file is refused before it is read. Null when there is no file. */
export function readJsonFileAt<T>(
  file: string,
  schema: z.ZodType<T>,
  maxBytes: number,
): FileReading<T> | null {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return null;
  }
  if (size > maxBytes) return tooLarge(size, maxBytes);
  return readJsonFile(new Uint8Array(readFileSync(file)), schema, maxBytes);
}
