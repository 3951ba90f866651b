import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  cupsSpooler,
  removePrintLeftovers,
  type RunProgram,
} from '../../../../src/main/printing/cups-spooler';
import { makeTempDir } from '../../../support/temp-dir';

const PDF = new TextEncoder().encode('%PDF-1.7 handout for Sentinel Patient');

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

/** A stand-in for CUPS's commands: answers lpstat from a printer list and records each lp call with its file. */
function fakeCups(printers: string[], options: { defaultPrinter?: string; lpFails?: string } = {}) {
  const jobs: Array<{ args: readonly string[]; content: string; mode: number }> = [];
  const run: RunProgram = async (program, args) => {
    if (program === 'lpstat' && args[0] === '-e') {
      if (printers.length === 0) throw new Error('lpstat: No destinations added.');
      return { stdout: printers.map((p) => `${p}\n`).join('') };
    }
    if (program === 'lpstat' && args[0] === '-d')
      return {
        stdout: options.defaultPrinter
          ? `system default destination: ${options.defaultPrinter}\n`
          : 'no system default destination\n',
      };
    if (program === 'lp') {
      const file = args.at(-1) as string;
      jobs.push({ args, content: readFileSync(file, 'utf8'), mode: statSync(file).mode & 0o777 });
      if (options.lpFails) throw new Error(options.lpFails);
      return { stdout: 'request id is Front_Desk-7 (1 file(s))\n' };
    }
    throw new Error(`unexpected ${program}`);
  };
  return { run, jobs };
}

describe('printing a handout through CUPS', () => {
  it('sends the PDF itself with lp to the chosen printer, on the handout paper, with a title that names no patient', async () => {
    const cups = fakeCups(['Front_Desk', 'Back_Office']);
    const result = await cupsSpooler(cups.run, dir).print(PDF, {
      printer: 'Back_Office',
      paper: 'a4',
    });
    expect(result).toEqual({ outcome: 'printed', printer: 'Back_Office' });
    const [job] = cups.jobs;
    expect(job?.content).toBe(new TextDecoder().decode(PDF));
    expect(job?.args.slice(0, -1)).toEqual([
      '-d',
      'Back_Office',
      '-t',
      'Gene Therapy Companion handout',
      '-o',
      'media=A4',
      '--',
    ]);
    expect(job?.args.join(' ')).not.toContain('Sentinel');
  });

  it('writes the file only for its owner and removes it once CUPS has its copy, also when printing fails', async () => {
    const cups = fakeCups(['Front_Desk'], { lpFails: 'lp: The printer or class does not exist.' });
    const failed = await cupsSpooler(cups.run, dir).print(PDF, {
      printer: 'Front_Desk',
      paper: 'letter',
    });
    expect(failed).toEqual({
      outcome: 'failed',
      reason: 'printer-refused',
      detail: 'lp: The printer or class does not exist.',
    });
    expect(cups.jobs[0]?.mode).toBe(0o600);
    expect(cups.jobs[0]?.args).toContain('media=Letter');
    expect(readdirSync(dir)).toEqual([]);
    const printed = fakeCups(['Front_Desk']);
    await cupsSpooler(printed.run, dir).print(PDF, { printer: 'Front_Desk', paper: 'letter' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it("uses the system's default printer when none is chosen, and says so when there is none", async () => {
    const withDefault = fakeCups(['Front_Desk'], { defaultPrinter: 'Front_Desk' });
    expect(
      await cupsSpooler(withDefault.run, dir).print(PDF, { printer: '', paper: 'letter' }),
    ).toEqual({ outcome: 'printed', printer: 'Front_Desk' });
    const without = fakeCups(['Front_Desk']);
    expect(
      await cupsSpooler(without.run, dir).print(PDF, { printer: '', paper: 'letter' }),
    ).toMatchObject({ outcome: 'failed', reason: 'no-printer' });
    expect(without.jobs).toEqual([]);
  });

  it('refuses a printer CUPS does not have, before writing anything', async () => {
    const cups = fakeCups(['Front_Desk']);
    const result = await cupsSpooler(cups.run, dir).print(PDF, {
      printer: 'Front_Desk; rm -rf /',
      paper: 'letter',
    });
    expect(result).toMatchObject({ outcome: 'failed', reason: 'unknown-printer' });
    expect(cups.jobs).toEqual([]);
    expect(existsSync(dir) && readdirSync(dir)).toEqual([]);
  });

  it('lists the printers CUPS has, and none where CUPS has none or is missing', async () => {
    expect(
      await cupsSpooler(fakeCups(['Front_Desk', 'Back_Office']).run, dir).listPrinters(),
    ).toEqual(['Front_Desk', 'Back_Office']);
    expect(await cupsSpooler(fakeCups([]).run, dir).listPrinters()).toEqual([]);
    const missing: RunProgram = async () => {
      throw new Error('spawn lpstat ENOENT');
    };
    expect(await cupsSpooler(missing, dir).listPrinters()).toEqual([]);
  });
});

describe('print folders left behind by an earlier run', () => {
  it("are removed at start: only the app's own, private folders, never a link or a folder others may read", async () => {
    const own = path.join(dir, 'gtc-print-AbC123');
    mkdirSync(own);
    chmodSync(own, 0o700);
    writeFileSync(path.join(own, 'handout.pdf'), PDF);
    const shared = path.join(dir, 'gtc-print-shared');
    mkdirSync(shared);
    chmodSync(shared, 0o755);
    const elsewhere = makeTempDir();
    try {
      chmodSync(elsewhere.dir, 0o700);
      symlinkSync(elsewhere.dir, path.join(dir, 'gtc-print-link'));
      mkdirSync(path.join(dir, 'other-app-print'));
      const warnings: string[] = [];
      await removePrintLeftovers(dir, (message) => warnings.push(message));
      expect(readdirSync(dir).sort()).toEqual([
        'gtc-print-link',
        'gtc-print-shared',
        'other-app-print',
      ]);
      expect(existsSync(elsewhere.dir)).toBe(true);
      expect(warnings).toEqual([]);
    } finally {
      elsewhere.cleanup();
    }
  });
});
