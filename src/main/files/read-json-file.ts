import { lstatSync, readFileSync, statSync, type Stats } from 'node:fs';
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
    return wholeFileProblem('the file is not UTF-8 text');
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return wholeFileProblem(`the file is not valid JSON: ${(error as Error).message}`);
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

/** A problem with the file as a whole, not with one place in it. */
function wholeFileProblem(message: string): FileReading<never> {
  return { ok: false, problems: [{ location: WHOLE_FILE, message }] };
}

function tooLarge(size: number, maxBytes: number): FileReading<never> {
  return wholeFileProblem(`the file is ${size} bytes; it may be at most ${maxBytes}`);
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

/**
 * The size of the ordinary file at `file`; null where there is none (nothing at the path, or a path through a
 * file); else why it cannot be read.
 */
function fileSize(file: string): { size: number } | FileReading<never> | null {
  let stats: Stats;
  try {
    stats = statSync(file);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOTDIR') return null;
    if (code !== 'ENOENT') return wholeFileProblem(`the file could not be read (${code})`);
    // A link whose target is gone is something put there that does not work, not a file left out.
    return lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()
      ? wholeFileProblem('it is a link to a file that does not exist')
      : null;
  }
  if (stats.isDirectory()) return wholeFileProblem('it is a folder, not a file');
  // A pipe or a device would block the read or never end; only an ordinary file is read.
  if (!stats.isFile()) return wholeFileProblem('it is not an ordinary file');
  return { size: stats.size };
}

/**
 * The same for a file on disk; an oversized file is refused before it is read. Null only when there is no file:
 * one that is there but cannot be read (a folder, no permission) is a problem, never taken for an absent file.
 */
export function readJsonFileAt<T>(
  file: string,
  schema: z.ZodType<T>,
  maxBytes: number,
): FileReading<T> | null {
  const found = fileSize(file);
  if (found === null || !('size' in found)) return found;
  if (found.size > maxBytes) return tooLarge(found.size, maxBytes);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    return wholeFileProblem(`the file could not be read (${errorCode(error)})`);
  }
  return readJsonFile(bytes, schema, maxBytes);
}
