import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KIOSK_WARNING_SECONDS } from '@shared/schemas/clinic-settings';
import { appUnderTest } from '../../../support/app-under-test';
import { clinicFile } from '../../../support/clinic-file';
import { CLINIC_CONTACT } from '../../../support/clinic-contact';
import { makeTempDir } from '../../../support/temp-dir';
import { STAFF_PIN, STAFF_PIN_HASH } from '../../../support/staff-pin';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => {
  vi.useRealTimers();
  cleanup();
});

const IDLE_MINUTES = 2;

/** A kiosk patient who has given their name, with main's timers on vitest's fake clock from here on. */
async function kioskPatient() {
  writeFileSync(
    path.join(dir, 'clinic.json'),
    clinicFile({ mode: 'kiosk', kioskIdleMinutes: IDLE_MINUTES, ...CLINIC_CONTACT }),
  );
  const app = await appUnderTest(dir, dir);
  await app.call('updateSession', { firstName: 'Qwyzz' });
  vi.useFakeTimers();
  return app;
}

describe("main's idle deadline, through the contract", () => {
  it('forgets a kiosk patient and reloads the start screen at the deadline, though the page never answers the warning', async () => {
    const app = await kioskPatient();
    expect(await app.call('reportKioskActivity')).toEqual({ ok: true, value: { heard: true } });
    await vi.advanceTimersByTimeAsync(IDLE_MINUTES * 60_000 + KIOSK_WARNING_SECONDS * 1000 - 1);
    expect(app.reloaded()).toBe(0);
    expect(await app.call('getSession')).toMatchObject({ ok: true, value: { firstName: 'Qwyzz' } });
    await vi.advanceTimersByTimeAsync(1);
    expect(app.reloaded()).toBe(1);
    expect(await app.call('getSession')).toMatchObject({ ok: true, value: { firstName: '' } });
    expect(app.clipboardCleared()).toBe(1);
  });

  it('tells a waiting page of the warning, and "I\'m still here" keeps the patient', async () => {
    const app = await kioskPatient();
    await app.call('reportKioskActivity');
    const news = app.call('waitForIdleNews');
    await vi.advanceTimersByTimeAsync(IDLE_MINUTES * 60_000);
    expect(await news).toEqual({
      ok: true,
      value: { state: 'warning', secondsLeft: KIOSK_WARNING_SECONDS },
    });
    await app.call('reportKioskActivity');
    await vi.advanceTimersByTimeAsync(KIOSK_WARNING_SECONDS * 1000);
    expect(app.reloaded()).toBe(0);
    expect(await app.call('getSession')).toMatchObject({ ok: true, value: { firstName: 'Qwyzz' } });
  });

  it('is stopped by an ending the patient chose, and tells the waiting page', async () => {
    const app = await kioskPatient();
    await app.call('reportKioskActivity');
    const news = app.call('waitForIdleNews');
    await app.call('forgetPatient');
    expect(await news).toEqual({ ok: true, value: { state: 'ended' } });
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(app.reloaded()).toBe(1);
  });

  it('locks clinician mode when the warning time comes: staff who walked away leave it locked', async () => {
    writeFileSync(
      path.join(dir, 'clinic.json'),
      clinicFile(
        { mode: 'kiosk', kioskIdleMinutes: IDLE_MINUTES, ...CLINIC_CONTACT },
        STAFF_PIN_HASH,
      ),
    );
    const app = await appUnderTest(dir, dir);
    expect(await app.call('clinicianUnlock', { pin: STAFF_PIN })).toMatchObject({ ok: true });
    vi.useFakeTimers();
    await app.call('reportKioskActivity');
    await vi.advanceTimersByTimeAsync(IDLE_MINUTES * 60_000 - 1);
    expect(await app.call('clinicianStatus')).toMatchObject({
      ok: true,
      value: { unlocked: true },
    });
    await vi.advanceTimersByTimeAsync(1);
    expect(await app.call('clinicianStatus')).toMatchObject({
      ok: true,
      value: { unlocked: false },
    });
  });

  it('does not exist on a home computer', async () => {
    const app = await appUnderTest(dir, dir);
    expect(await app.call('reportKioskActivity')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await app.call('waitForIdleNews')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});
