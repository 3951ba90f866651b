import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { folderFileDialogs } from '../../../../src/chromium-host/folder-file-dialogs';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { protocolCatalog } from '../../../../src/main/protocol/protocol-catalog';
import { createHandoutService } from '../../../../src/main/handout/handout-service';
import type { PagePrinter } from '../../../../src/main/platform/page-printer';
import { cupsSpooler, type RunProgram } from '../../../../src/main/printing/cups-spooler';
import { createHandoutPrinter } from '../../../../src/main/printing/handout-printer';
import { openClinicConfig } from '../../../../src/main/store/clinic-config';
import { patientSessions } from '../../../../src/main/store/session-store';
import { DEFAULT_CLINIC_SETTINGS, type ClinicSettings } from '@shared/schemas/clinic-settings';
import { emptySession } from '@shared/schemas/session';
import { confStore } from '../../../support/conf-store';
import { handoutDeps } from '../../../support/handout-fixtures';
import { xmpPacket } from '../../../support/pdf-objects';
import { makeTempDir } from '../../../support/temp-dir';

const examples = loadProtocolFolder(path.resolve('resources/protocols'));
const NAME = 'Zoë Sentinel';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

/** CUPS's lp and lpstat, keeping each job's arguments and the PDF it was given. */
function recordingCups() {
  const jobs: Array<{ args: readonly string[]; pdf: Uint8Array }> = [];
  const run: RunProgram = async (program, args) => {
    if (program === 'lpstat')
      return {
        stdout: args[0] === '-e' ? 'Front_Desk\n' : 'system default destination: Front_Desk\n',
      };
    jobs.push({ args, pdf: new Uint8Array(readFileSync(args.at(-1) as string)) });
    return { stdout: 'request id is Front_Desk-1 (1 file(s))\n' };
  };
  return { run, jobs };
}

const unusedPagePrinter: PagePrinter = {
  print: async () => {
    throw new Error('a Linux kiosk prints through CUPS');
  },
  listPrinters: async () => [],
};

/** The handout service as main builds it, for a patient named NAME (or `firstName`), with the clinic in the given mode. */
async function handoutFor(mode: ClinicSettings['mode'], run: RunProgram, firstName = NAME) {
  const settings: ClinicSettings = { ...DEFAULT_CLINIC_SETTINGS, mode, printer: 'Front_Desk' };
  const sessions = patientSessions(mode, 'unavailable', null);
  await sessions.save({
    ...emptySession('en'),
    role: 'patient',
    firstName,
    protocolId: 'example-car-t',
  });
  return createHandoutService({
    ...handoutDeps,
    catalog: protocolCatalog(examples, openClinicConfig(confStore(dir))),
    clinicSettings: () => settings,
    sessions,
    fileDialogs: folderFileDialogs(dir),
    printer: createHandoutPrinter({
      platform: 'linux',
      pagePrinter: unusedPagePrinter,
      spooler: cupsSpooler(run, dir),
    }),
    now: () => new Date('2026-11-22T10:00:00Z'),
    logWarning: () => undefined,
  });
}

/** Every text of the PDF's document information (title, subject, keywords, author, creator, producer) and its XMP metadata. */
async function documentInformation(pdf: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  return [
    doc.getTitle(),
    doc.getSubject(),
    doc.getKeywords(),
    doc.getAuthor(),
    doc.getCreator(),
    doc.getProducer(),
    xmpPacket(doc),
  ].filter((text) => text !== undefined);
}

// Each test makes whole handouts, which takes seconds on a busy machine.
describe("a kiosk's printed handout", { timeout: 60_000 }, () => {
  it("names no patient in the PDF's title or other document information (XMP included), nor in the CUPS job", async () => {
    const cups = recordingCups();
    const handout = await handoutFor('kiosk', cups.run);
    expect(await handout.print({ largePrint: false })).toEqual({
      outcome: 'printed',
      printer: 'Front_Desk',
    });
    const [job] = cups.jobs;
    if (!job) throw new Error('nothing was printed');
    const information = await documentInformation(job.pdf);
    expect(information).toContain('Preparation summary');
    expect(information.filter((text) => text.includes('Sentinel'))).toEqual([]);
    expect(job.args.filter((arg) => arg.includes('Sentinel'))).toEqual([]);
  });

  it('is titled the same in its preview, while a handout at home is titled with the name, to find the saved file', async () => {
    const titleOf = async (mode: ClinicSettings['mode']) => {
      const preview = await (
        await handoutFor(mode, recordingCups().run)
      ).preview({ largePrint: false });
      return (
        await PDFDocument.load(Buffer.from(preview.pdfBase64, 'base64'), { updateMetadata: false })
      ).getTitle();
    };
    expect(await titleOf('kiosk')).toBe('Preparation summary');
    expect(await titleOf('home')).toBe(`Preparation summary for ${NAME}`);
  });

  it('prints nothing when the wallet card cannot hold every line, and answers card-too-full naming the field', async () => {
    const cups = recordingCups();
    // The ligature ﷽ is seven letters wide: a name of a hundred fills more than a panel even in small print.
    const handout = await handoutFor('kiosk', cups.run, '\uFDFD'.repeat(100));
    await expect(handout.print({ largePrint: false })).rejects.toMatchObject({
      code: 'card-too-full',
      message: expect.stringContaining('patient.firstName'),
    });
    expect(cups.jobs).toEqual([]);
  });

  it('prints a bilingual handout that names no patient in its title or metadata, nor in the CUPS job', async () => {
    const cups = recordingCups();
    const handout = await handoutFor('kiosk', cups.run);
    expect(await handout.print({ largePrint: false, secondLanguage: 'es' })).toEqual({
      outcome: 'printed',
      printer: 'Front_Desk',
    });
    const [job] = cups.jobs;
    if (!job) throw new Error('nothing was printed');
    expect(
      (await documentInformation(job.pdf)).filter((text) => text.includes('Sentinel')),
    ).toEqual([]);
    expect(job.args.filter((arg) => arg.includes('Sentinel'))).toEqual([]);
  });

  it("prints nothing when the second language is the handout's own, and says the request is wrong", async () => {
    const cups = recordingCups();
    const handout = await handoutFor('kiosk', cups.run);
    await expect(handout.print({ largePrint: false, secondLanguage: 'en' })).rejects.toMatchObject({
      code: 'bad-request',
      message: expect.stringContaining('second language'),
    });
    expect(cups.jobs).toEqual([]);
  });
});
