import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clinicFile } from '../../../support/clinic-file';
import { CLINIC_CONTACT } from '../../../support/clinic-contact';
import { appUnderTest } from '../../../support/app-under-test';
import { readCalendar } from '../../../support/calendar-events';
import { makeTempDir } from '../../../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const calendarFiles = () => readdirSync(dir).filter((name) => name.endsWith('.ics'));
const answers = {
  firstName: 'Zoë',
  role: 'parent',
  protocolId: 'example-sma-aav9',
  language: 'es',
  keyDates: { infusion: '2027-01-04' },
} as const;

describe('"Add to my calendar"', () => {
  it('at home, saves the dated items where the person chooses, in their language and voice, and lists the file with the saved handouts', async () => {
    const app = await appUnderTest(dir, dir);
    await app.call('updateSession', answers);
    const saved = await app.call('saveCalendar');
    expect(saved).toEqual({ ok: true, value: { outcome: 'saved', fileName: 'mis-fechas.ics' } });
    const { name, events } = readCalendar(readFileSync(path.join(dir, 'mis-fechas.ics'), 'utf8'));
    expect(name).toBe('Fechas de la terapia génica');
    expect(
      events.find((event) => event.uid === 'keyDate:infusion@gene-therapy-companion'),
    ).toMatchObject({ allDay: true, start: '2027-01-04', end: '2027-01-05' });
    // Prednisolone the day before the infusion, with a reminder the day before that.
    expect(
      events.find((event) => event.uid === 'medicinePause:prednisolone@gene-therapy-companion'),
    ).toMatchObject({ start: '2027-01-03', alarm: { trigger: '-PT15H' } });
    expect(
      events.every(
        (event) => event.alarm === null || event.alarm.description.startsWith('Mañana: '),
      ),
    ).toBe(true);
    expect(await app.call('listSavedHandouts')).toEqual({
      ok: true,
      value: { paths: [path.join(dir, 'mis-fechas.ics')] },
    });
  });

  it('saves nothing when the person cancels, or while no date is known', async () => {
    const app = await appUnderTest(dir, dir);
    await app.call('updateSession', answers);
    app.fileDialogs.answerNext(null);
    expect(await app.call('saveCalendar')).toEqual({ ok: true, value: { outcome: 'cancelled' } });
    await app.call('updateSession', { keyDates: { infusion: null } });
    expect(await app.call('saveCalendar')).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(calendarFiles()).toEqual([]);
  });

  it('is refused by main in a kiosk: no dialog, no file', async () => {
    writeFileSync(path.join(dir, 'clinic.json'), clinicFile({ mode: 'kiosk', ...CLINIC_CONTACT }));
    const app = await appUnderTest(dir, dir);
    await app.call('updateSession', answers);
    app.fileDialogs.answerNext(path.join(dir, 'chosen.ics'));
    expect(await app.call('saveCalendar')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(calendarFiles()).toEqual([]);
  });

  it('is refused on a computer whose role is not known (its clinic file unreadable): it fails closed, as a kiosk', async () => {
    writeFileSync(path.join(dir, 'clinic.json'), '{ not json');
    const app = await appUnderTest(dir, dir);
    expect(app.mode).toBe('kiosk');
    await app.call('updateSession', answers);
    expect(await app.call('saveCalendar')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(calendarFiles()).toEqual([]);
  });
});
