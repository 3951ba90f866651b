import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HandoutPreviewSchema } from '@shared/schemas/handout-preview';
import { hashPin } from '../../../../src/main/clinician/pin-hash';
import { appUnderTest } from '../../../support/app-under-test';
import { clinicFile } from '../../../support/clinic-file';
import { CLINIC_CONTACT } from '../../../support/clinic-contact';
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

/** A patient at a kiosk: the mode is the one the app started in. */
async function kioskPatient(printer: string, platform: NodeJS.Platform = 'linux') {
  writeFileSync(
    path.join(dir, 'clinic.json'),
    clinicFile({ mode: 'kiosk', printer, paperSize: 'a4', ...CLINIC_CONTACT }),
  );
  const app = await appUnderTest(dir, dir, undefined, platform);
  await app.call('updateSession', { firstName: 'Zoë', protocolId: 'example-car-t' });
  return app;
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
    const [regular, large] = [
      await app.call('previewHandout', { largePrint: false }),
      await app.call('previewHandout', { largePrint: true }),
    ];
    if (!regular.ok || !large.ok) throw new Error('no preview');
    expect(large.value.pageCount).toBeGreaterThan(regular.value.pageCount);
  });

  it('need a name and a therapy first, and say so', async () => {
    const app = await appUnderTest(dir, dir);
    for (const name of ['previewHandout', 'saveHandout', 'printHandout'] as const) {
      expect(await app.call(name, { largePrint: false })).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
    }
    expect(app.printed).toEqual([]);
  });

  it('print at home through the system print dialog, on the clinic paper', async () => {
    const app = await readyPatient();
    expect(await app.call('printHandout', { largePrint: false })).toEqual({
      ok: true,
      value: { outcome: 'printed', printer: '' },
    });
    expect(app.printed).toEqual([{ paper: 'letter', silent: false, printer: '' }]);
  });

  it("print in a Windows kiosk silently to the clinic's printer", async () => {
    const app = await kioskPatient('Front Desk HP', 'win32');
    expect(await app.call('printHandout', { largePrint: false })).toEqual({
      ok: true,
      value: { outcome: 'printed', printer: 'Front Desk HP' },
    });
    expect(app.printed).toEqual([{ paper: 'a4', silent: true, printer: 'Front Desk HP' }]);
  });

  it('end the session in main once a kiosk has printed, and the next start screen says where the handout is', async () => {
    const app = await kioskPatient('Front Desk HP', 'win32');
    await app.call('printHandout', { largePrint: false });
    expect(app.reloaded()).toBe(1);
    expect(app.rendererDataCleared()).toBe(1);
    expect(await app.call('getSession')).toMatchObject({
      ok: true,
      value: { firstName: '', protocolId: null },
    });
    expect(await app.call('getStartupInfo')).toMatchObject({
      ok: true,
      value: { sessionEnded: 'printed' },
    });
    expect(await app.call('getStartupInfo')).toMatchObject({
      ok: true,
      value: { sessionEnded: null },
    });
  });

  it('list printers only in clinician mode', async () => {
    const app = await appUnderTest(dir, dir);
    expect(await app.call('clinicianListPrinters')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('answers about lessons', () => {
  it('are refused when they name a part, question or answer no lesson has, and kept when they do', async () => {
    const app = await readyPatient();
    expect(await app.call('updateSession', { flagged: ['no-such-part'] })).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: 'flagged[0]: no lesson has a part "no-such-part"' },
    });
    expect(
      await app.call('updateSession', {
        comprehension: {
          'check-liver': { attempts: 1, understood: false, answer: 'no-such-answer' },
        },
      }),
    ).toMatchObject({
      ok: false,
      error: {
        code: 'not-found',
        message:
          'comprehension.check-liver.answer: the question "check-liver" has no answer "no-such-answer"',
      },
    });
    expect(
      await app.call('updateSession', {
        flagged: ['liver'],
        comprehension: {
          'check-liver': { attempts: 1, understood: false, answer: 'only-if-pain' },
        },
      }),
    ).toMatchObject({ ok: true });
    expect(await app.call('updateSession', { firstName: 'Zoë Ann' })).toMatchObject({
      ok: true,
      value: { flagged: ['liver'] },
    });
  });
});

describe("a therapy's own lessons", () => {
  it('follow the general ones for that therapy only, and answers about them are kept only while it is chosen', async () => {
    const app = await appUnderTest(dir, dir);
    const general = await app.call('listLessons', { protocolId: null, role: null });
    const sma = await app.call('listLessons', { protocolId: 'example-sma-aav9', role: null });
    if (!general.ok || !sma.ok) throw new Error('no lessons');
    // The general lessons first (without the parts for cells changed in a lab: therapy-delivery.test.ts), then its own.
    expect(sma.value.slice(0, general.value.length).map((lesson) => lesson.id)).toEqual(
      general.value.map((lesson) => lesson.id),
    );
    expect(sma.value.slice(general.value.length).map((lesson) => lesson.id)).toEqual([
      'sma-caring-around-infusion',
    ]);
    // CAR-T: the same lessons, without the parts for a carrier given into the body (therapy-delivery.test.ts).
    const carT = await app.call('listLessons', { protocolId: 'example-car-t', role: null });
    if (!carT.ok) throw new Error('no lessons');
    expect(carT.value.map((lesson) => lesson.id)).toEqual(general.value.map((lesson) => lesson.id));

    await app.call('updateSession', { firstName: 'Leo', protocolId: 'example-car-t' });
    expect(await app.call('updateSession', { flagged: ['sma-diapers'] })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(
      await app.call('updateSession', { protocolId: 'example-sma-aav9', flagged: ['sma-diapers'] }),
    ).toMatchObject({ ok: true, value: { flagged: ['sma-diapers'] } });
  });

  it('go with the therapy when another is chosen, so the answers given next are not refused for naming them', async () => {
    const app = await appUnderTest(dir, dir);
    const answered = { attempts: 1, understood: true };
    await app.call('updateSession', {
      firstName: 'Leo',
      protocolId: 'example-sma-aav9',
      flagged: ['sma-diapers', 'antibodies', 'carriers'],
      comprehension: { 'check-antibodies': answered, 'check-liver': answered },
    });
    const switched = await app.call('updateSession', { protocolId: 'example-car-t' });
    expect(switched).toMatchObject({
      ok: true,
      value: { flagged: ['carriers'], comprehension: { 'check-liver': answered } },
    });
    if (!switched.ok) throw new Error(switched.error.message);
    expect(Object.keys(switched.value.comprehension)).toEqual(['check-liver']);
    expect(
      await app.call('updateSession', { flagged: [...switched.value.flagged, 'routes-into-body'] }),
    ).toMatchObject({ ok: true, value: { flagged: ['carriers', 'routes-into-body'] } });
  });
});

describe('ending a session', () => {
  it("forgets the patient's answers, closes clinician mode, clears the page's storage and caches, and main reloads the page", async () => {
    const app = await readyPatient();
    await app.call('clinicianSetPin', { pin: '482913' });
    expect(await app.call('clinicianStatus')).toMatchObject({
      ok: true,
      value: { unlocked: true },
    });
    expect(await app.call('forgetPatient')).toEqual({ ok: true, value: { forgotten: true } });
    expect(app.rendererDataCleared()).toBe(1);
    expect(app.clipboardCleared()).toBe(1);
    expect(app.reloaded()).toBe(1);
    expect(await app.call('getSession')).toMatchObject({
      ok: true,
      value: { firstName: '', protocolId: null },
    });
    expect(await app.call('clinicianStatus')).toMatchObject({
      ok: true,
      value: { unlocked: false },
    });
    expect(await app.call('getStartupInfo')).toMatchObject({
      ok: true,
      value: { sessionEnded: null },
    });
  });

  it('still forgets the answers and reloads when clearing the page fails, and the next screen asks for staff', async () => {
    const app = await appUnderTest(dir, dir, undefined, 'linux', {
      clear: () => Promise.reject(new Error('the profile folder is gone')),
    });
    await app.call('updateSession', { firstName: 'Zoë', protocolId: 'example-car-t' });
    expect(await app.call('forgetPatient')).toEqual({ ok: true, value: { forgotten: true } });
    expect(app.reloaded()).toBe(1);
    expect(await app.call('getSession')).toMatchObject({
      ok: true,
      value: { firstName: '', protocolId: null },
    });
    expect(await app.call('getStartupInfo')).toMatchObject({
      ok: true,
      value: { sessionEnded: 'incomplete' },
    });
    expect(
      app.logged.some((line) =>
        line.startsWith("forgetting the patient: the page's storage and caches failed"),
      ),
    ).toBe(true);
  });

  it('in a kiosk, never saves a handout: it is printed instead', async () => {
    const app = await kioskPatient('Front_Desk');
    expect(await app.call('saveHandout', { largePrint: false })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(readdirSync(dir).filter((name) => name.endsWith('.pdf'))).toEqual([]);
  });
});

describe('after the page crashed', () => {
  it('a kiosk forgets the patient and closes clinician mode', async () => {
    writeFileSync(path.join(dir, 'clinic.json'), clinicFile({ mode: 'kiosk', ...CLINIC_CONTACT }));
    const app = await appUnderTest(dir, dir);
    await app.call('updateSession', { firstName: 'Zoë' });
    await app.pageCrashed();
    expect(await app.call('getSession')).toMatchObject({ ok: true, value: { firstName: '' } });
    expect(app.rendererDataCleared()).toBe(1);
  });

  it('at home the answers stay for the same step, but clinician mode closes', async () => {
    const app = await readyPatient();
    await app.call('clinicianSetPin', { pin: '482913' });
    await app.pageCrashed();
    expect(await app.call('clinicianStatus')).toMatchObject({
      ok: true,
      value: { unlocked: false },
    });
    expect(await app.call('getSession')).toMatchObject({ ok: true, value: { firstName: 'Zoë' } });
    expect(app.reloaded()).toBe(0);
  });
});

describe('the mode the app started in', () => {
  it('is the mode everywhere until the next start, whatever staff change meanwhile', async () => {
    const withPin = {
      ...JSON.parse(
        clinicFile({ mode: 'kiosk', printer: 'Front_Desk', paperSize: 'a4', ...CLINIC_CONTACT }),
      ),
      clinician: { pin: await hashPin('482913'), failedAttempts: 0, lockedUntil: null },
    };
    writeFileSync(path.join(dir, 'clinic.json'), JSON.stringify(withPin));
    const app = await appUnderTest(dir, dir, undefined, 'win32');
    await app.call('updateSession', { firstName: 'Zoë', protocolId: 'example-car-t' });
    expect(await app.call('clinicianUnlock', { pin: '482913' })).toEqual({
      ok: true,
      value: { outcome: 'unlocked' },
    });
    const settings = await app.call('clinicianGetSettings');
    if (!settings.ok) throw new Error(settings.error.message);
    // Staff change it; it applies at the next start, never half of it while a patient is here.
    expect(
      await app.call('clinicianSaveSettings', {
        ...settings.value,
        ...CLINIC_CONTACT,
        mode: 'home',
      }),
    ).toMatchObject({ ok: true });
    expect(await app.call('saveHandout', { largePrint: false })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await app.call('printHandout', { largePrint: false })).toMatchObject({
      ok: true,
      value: { outcome: 'printed', printer: 'Front_Desk' },
    });
    expect(app.printed).toEqual([{ paper: 'a4', silent: true, printer: 'Front_Desk' }]);
  });
});

describe('a kiosk started in kiosk mode', () => {
  it('opens no file dialog for a patient', async () => {
    writeFileSync(path.join(dir, 'clinic.json'), clinicFile({ mode: 'kiosk', ...CLINIC_CONTACT }));
    const app = await appUnderTest(dir, dir);
    app.fileDialogs.answerNext(path.join(dir, 'plan.json'));
    expect(await app.call('openPatientPlan')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe("lesson parts for one reader (a child's own agreement, for a parent)", () => {
  const sectionIds = (lessons: ReadonlyArray<{ sections: ReadonlyArray<{ id: string }> }>) =>
    lessons.flatMap((lesson) => lesson.sections.map((section) => section.id));

  it('are taught to a parent only, and before anyone says who fills it in', async () => {
    const app = await appUnderTest(dir, dir);
    const forRole = async (role: 'patient' | 'parent' | 'caregiver' | 'representative' | null) => {
      const listed = await app.call('listLessons', { protocolId: 'example-car-t', role });
      if (!listed.ok) throw new Error(listed.error.message);
      return sectionIds(listed.value);
    };
    expect(await forRole('parent')).toContain('child-agreement');
    expect(await forRole(null)).toContain('child-agreement');
    for (const role of ['patient', 'caregiver', 'representative'] as const)
      expect(await forRole(role)).not.toContain('child-agreement');
  });

  it('go when someone else fills it in, and are refused for a reader they are not for', async () => {
    const app = await appUnderTest(dir, dir);
    expect(
      await app.call('updateSession', {
        role: 'parent',
        protocolId: 'example-car-t',
        flagged: ['child-agreement', 'trial-placebo'],
      }),
    ).toMatchObject({ ok: true, value: { flagged: ['child-agreement', 'trial-placebo'] } });
    expect(await app.call('updateSession', { role: 'patient' })).toMatchObject({
      ok: true,
      value: { flagged: ['trial-placebo'] },
    });
    expect(await app.call('updateSession', { flagged: ['child-agreement'] })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});
