import { execFile } from 'node:child_process';
import { lstat, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { PrintResult } from '@shared/schemas/print-result';
import type { Paper } from '@shared/schemas/paper';

/** Runs a program with arguments (never through a shell) and gives back what it printed. */
export type RunProgram = (program: string, args: readonly string[]) => Promise<{ stdout: string }>;

export const runProgram: RunProgram = (program, args) =>
  new Promise((resolve, reject) => {
    // The C locale keeps CUPS's answers in the English this module reads.
    execFile(
      program,
      [...args],
      { env: { ...process.env, LC_ALL: 'C' }, timeout: 30_000 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(stderr.trim() || error.message));
        else resolve({ stdout });
      },
    );
  });

/** Shown in the printer's queue, where others can see it: never the patient's name. */
const JOB_TITLE = 'Gene Therapy Companion handout';

/** Each print job's PDF goes into a new private folder named so, in the system's temporary folder. */
const FOLDER_PREFIX = 'gtc-print-';

/**
 * Removes print folders an earlier run left behind (the app stopped before CUPS took the job), each holding a
 * patient's handout. Only the app's own: a real folder, of this user, that no one else may read, as mkdtemp
 * makes it; a link or anyone else's folder is left alone. Run at start, when no print of this app is under way.
 */
export async function removePrintLeftovers(
  tempRoot: string,
  warn: (message: string) => void,
): Promise<void> {
  // Windows has no owner ids here; it never prints through this folder either.
  const uid = process.getuid?.();
  if (uid === undefined) return;
  for (const name of await readdir(tempRoot)) {
    if (!name.startsWith(FOLDER_PREFIX)) continue;
    const folder = path.join(tempRoot, name);
    try {
      const info = await lstat(folder);
      if (info.isDirectory() && info.uid === uid && (info.mode & 0o077) === 0)
        await rm(folder, { recursive: true, force: true });
    } catch (error) {
      warn(`could not remove the print folder ${folder}: ${(error as Error).message}`);
    }
  }
}

export interface SpoolRequest {
  printer: string;
  paper: Paper;
}

/**
 * Sends the handout's PDF itself to a CUPS printer with `lp` (Linux and macOS; CUPS prints PDF natively), so
 * what comes out of the printer is exactly the file. The PDF is written to a private temporary folder that is
 * removed as soon as CUPS has taken its copy.
 */
export function cupsSpooler(run: RunProgram = runProgram, tempRoot = os.tmpdir()) {
  const listPrinters = async (): Promise<string[]> => {
    try {
      const { stdout } = await run('lpstat', ['-e']);
      return stdout
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    } catch {
      // No CUPS, or no printer added yet.
      return [];
    }
  };
  const defaultPrinter = async (): Promise<string | null> => {
    try {
      const { stdout } = await run('lpstat', ['-d']);
      return /system default destination:\s*(\S+)/.exec(stdout)?.[1] ?? null;
    } catch {
      return null;
    }
  };

  return {
    listPrinters,
    async print(pdf: Uint8Array, request: SpoolRequest): Promise<PrintResult> {
      const printer = request.printer || (await defaultPrinter());
      if (!printer)
        return {
          outcome: 'failed',
          reason: 'no-printer',
          detail: 'No printer is chosen and this computer has no default printer.',
        };
      if (!(await listPrinters()).includes(printer))
        return {
          outcome: 'failed',
          reason: 'unknown-printer',
          detail: `The printer "${printer}" is not set up on this computer.`,
        };
      const folder = await mkdtemp(path.join(tempRoot, FOLDER_PREFIX));
      try {
        const file = path.join(folder, 'handout.pdf');
        await writeFile(file, pdf, { mode: 0o600 });
        await run('lp', [
          '-d',
          printer,
          '-t',
          JOB_TITLE,
          '-o',
          `media=${request.paper === 'a4' ? 'A4' : 'Letter'}`,
          '--',
          file,
        ]);
        return { outcome: 'printed', printer };
      } catch (error) {
        return {
          outcome: 'failed',
          reason: 'printer-refused',
          detail: (error as Error).message.slice(0, 500),
        };
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    },
  };
}
export type CupsSpooler = ReturnType<typeof cupsSpooler>;
