import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HandoutPreviewSchema } from '../../../../src/shared/schemas/handout-preview';
import { appUnderTest } from '../../../support/app-under-test';
import { clinicFile } from '../../../support/clinic-file';
import { pdfText } from '../../../support/pdf-tools';
import { makeTempDir } from '../../../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

async function readyPatient(platform: NodeJS.Platform = 'linux') {
  const app = await appUnderTest(dir, dir, undefined, platform);
  await app.call('updateSession', { firstName: 'Zoë', protocolId: 'example-car-t' });
  return app;
}

async function asKiosk(app: Awaited<ReturnType<typeof appUnderTest>>, printer: string) {
  await app.call('clinicianSetPin', { pin: '482913' });
  const settings = await app.call('clinicianGetSettings');
  if (!settings.ok) throw new Error('no settings');
  await app.call('clinicianSaveSettings', { ...settings.value, mode: 'kiosk', printer, paperSize: 'a4' });
}

describe('the handout calls', () => {
  it("preview the patient's handout as its PDF, with its paper and page count", async () => {
    const app = await readyPatient();
    const answer = await app.call('previewHandout', { largePrint: false });
    if (!answer.ok) throw new Error(answer.error.message);
    const preview = HandoutPreviewSchema.parse(answer.value);
    const bytes = Buffer.from(preview.pdfBase64, 'base64');
    expect((await PDFDocument.load(bytes)).getPageCount()).toBe(preview.pageCount);
    expect(preview.paper).toBe('letter');
    const file = path.join(dir, 'preview.pdf');
    writeFileSync(file, bytes);
    expect(pdfText(file)).toContain('Prepared for Zoë');
  });

  it('make large print on request: more pages than regular', async () => {
    const app = await readyPatient();
    const [regular, large] = [await app.call('previewHandout', { largePrint: false }), await app.call('previewHandout', { largePrint: true })];
    if (!regular.ok || !large.ok) throw new Error('no preview');
    expect(large.value.pageCount).toBeGreaterThan(regular.value.pageCount);
  });

  it('need a name and a therapy first, and say so', async () => {
    const app = await appUnderTest(dir, dir);
    for (const name of ['previewHandout', 'saveHandout', 'printHandout'] as const) {
      expect(await app.call(name, { largePrint: false })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
    expect(app.printed).toEqual([]);
  });

  it('print at home through the system print dialog, on the clinic paper', async () => {
    const app = await readyPatient();
    expect(await app.call('printHandout', { largePrint: false })).toEqual({ ok: true, value: { outcome: 'printed', printer: '' } });
    expect(app.printed).toEqual([{ paper: 'letter', silent: false, printer: '' }]);
  });

  it("print in a Windows kiosk silently to the clinic's printer", async () => {
    const app = await readyPatient('win32');
    await asKiosk(app, 'Front Desk HP');
    expect(await app.call('clinicianListPrinters')).toEqual({ ok: true, value: ['Front_Desk'] });
    expect(await app.call('printHandout', { largePrint: false })).toEqual({ ok: true, value: { outcome: 'printed', printer: 'Front Desk HP' } });
    expect(app.printed).toEqual([{ paper: 'a4', silent: true, printer: 'Front Desk HP' }]);
  });

  it('list printers only in clinician mode', async () => {
    const app = await appUnderTest(dir, dir);
    expect(await app.call('clinicianListPrinters')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('answers about lessons', () => {
  it('are refused when they name a part or question no lesson has, and kept when they do', async () => {
    const app = await readyPatient();
    expect(await app.call('updateSession', { flagged: ['no-such-part'] })).toMatchObject({ ok: false, error: { code: 'not-found', message: 'flagged[0]: no lesson has a part "no-such-part"' } });
    expect(await app.call('updateSession', { flagged: ['liver'], comprehension: { 'check-liver': { attempts: 1, understood: false } } })).toMatchObject({ ok: true });
    expect(await app.call('updateSession', { firstName: 'Zoë Ann' })).toMatchObject({ ok: true, value: { flagged: ['liver'] } });
  });
});

describe("a therapy's own lessons", () => {
  it('follow the general ones for that therapy only, and answers about them are kept only while it is chosen', async () => {
    const app = await appUnderTest(dir, dir);
    const general = await app.call('listLessons', { protocolId: null });
    const sma = await app.call('listLessons', { protocolId: 'example-sma-aav9' });
    if (!general.ok || !sma.ok) throw new Error('no lessons');
    expect(sma.value.slice(0, general.value.length)).toEqual(general.value);
    expect(sma.value.slice(general.value.length).map((lesson) => lesson.id)).toEqual(['sma-caring-around-infusion']);
    expect(await app.call('listLessons', { protocolId: 'example-car-t' })).toEqual(general);

    await app.call('updateSession', { firstName: 'Leo', protocolId: 'example-car-t' });
    expect(await app.call('updateSession', { flagged: ['sma-diapers'] })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await app.call('updateSession', { protocolId: 'example-sma-aav9', flagged: ['sma-diapers'] })).toMatchObject({ ok: true, value: { flagged: ['sma-diapers'] } });
  });
});

describe('ending a session', () => {
  it("forgets the patient's answers and clears the page's storage and caches", async () => {
    const app = await readyPatient();
    expect(await app.call('endSession')).toEqual({ ok: true, value: { ended: true } });
    expect(app.rendererDataCleared()).toBe(1);
    expect(await app.call('getSession')).toMatchObject({ ok: true, value: { firstName: '', protocolId: null } });
  });

  it('in a kiosk, never saves a handout: it is printed instead', async () => {
    const app = await readyPatient();
    await asKiosk(app, 'Front_Desk');
    expect(await app.call('saveHandout', { largePrint: false })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(readdirSync(dir).filter((name) => name.endsWith('.pdf'))).toEqual([]);
  });
});

describe('a kiosk started in kiosk mode', () => {
  it('opens no file dialog for a patient', async () => {
    writeFileSync(path.join(dir, 'clinic.json'), clinicFile({ mode: 'kiosk' }));
    const app = await appUnderTest(dir, dir);
    app.fileDialogs.answerNext(path.join(dir, 'plan.json'));
    expect(await app.call('openPatientPlan')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
