// @vitest-environment happy-dom
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL } from '@shared/contract/api-contract';
import { KIOSK_WARNING_SECONDS } from '@shared/schemas/clinic-settings';
import { appUnderTest } from '../../../support/app-under-test';
import { bridgeTo, renderApp } from '../app/app-with-main';
import { clinicFile } from '../../../support/clinic-file';
import { CLINIC_CONTACT } from '../../../support/clinic-contact';
import { localeText } from '../../../support/locale-text';
import { makeTempDir } from '../../../support/temp-dir';

// The handout step's pdf.js page drawing (a worker the test environment cannot load) is not on these screens.
vi.mock('../../../../src/renderer/src/handout/pdf-pages', () => ({
  drawPage: async () => undefined,
  screenPixelsPerPoint: () => 1,
}));

const t = (key: string, values?: Record<string, string>) => localeText('en', 'app', key, values);
const IDLE_MINUTES = 1;
const temp = makeTempDir();

afterEach(() => {
  vi.useRealTimers();
  cleanup();
  Reflect.deleteProperty(window, BRIDGE_GLOBAL);
});

/**
 * The app as a kiosk draws it, on a bridge to main's real services. Page and main share this process, so vitest's
 * fake timers move both clocks at once; they are turned on once the start screen is up.
 */
async function kioskApp() {
  const dataDir = path.join(temp.dir, String(Math.random()).slice(2));
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(
    path.join(dataDir, 'clinic.json'),
    clinicFile({ mode: 'kiosk', kioskIdleMinutes: IDLE_MINUTES, ...CLINIC_CONTACT }),
  );
  const main = await appUnderTest(dataDir, dataDir);
  bridgeTo(main);
  await renderApp(main);
  const start = await screen.findByRole('button', { name: t('kiosk.start') }, { timeout: 30_000 });
  vi.useFakeTimers();
  return { main, start };
}

/** Time passes for the page and for main, and the page draws what came of it. */
const pass = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const warning = () => screen.queryByRole('dialog', { name: t('kiosk.stillThereHeading') });

describe('the idle warning on a kiosk', () => {
  it('comes when main says, counts down, keeps everything when answered, and main ends the session when it is not', async () => {
    const { main, start } = await kioskApp();
    await act(async () => fireEvent.click(start));
    await act(async () =>
      fireEvent.change(screen.getByLabelText(t('welcome.nameLabel')), {
        target: { value: 'Qwyzz' },
      }),
    );
    await main.call('updateSession', { firstName: 'Qwyzz' });

    await pass(IDLE_MINUTES * 60_000 - 1_000);
    expect(warning()).toBeNull();
    await pass(1_000);
    expect(warning()?.textContent).toContain(
      t('kiosk.secondsLeft', { seconds: String(KIOSK_WARNING_SECONDS) }),
    );
    await pass(5_000);
    expect(warning()?.textContent).toContain(
      t('kiosk.secondsLeft', { seconds: String(KIOSK_WARNING_SECONDS - 5) }),
    );

    // "I'm still here" starts the quiet time again in main, and the warning goes once main has heard it.
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: t('kiosk.stillHere') })),
    );
    await pass(0);
    expect(warning()).toBeNull();
    await pass(IDLE_MINUTES * 60_000 - 1_000);
    expect(warning()).toBeNull();
    expect(main.reloaded()).toBe(0);

    // Unanswered, the warning runs out and main forgets the patient and reloads the page.
    await pass(1_000 + KIOSK_WARNING_SECONDS * 1000);
    expect(main.reloaded()).toBe(1);
    expect(await main.call('getSession')).toMatchObject({ ok: true, value: { firstName: '' } });
  });

  it('does not count touches while it asks: only an answer keeps the patient', async () => {
    const { main, start } = await kioskApp();
    await act(async () => fireEvent.click(start));
    await pass(IDLE_MINUTES * 60_000);
    expect(warning()).not.toBeNull();
    await act(async () => fireEvent.pointerDown(document.body));
    await pass(KIOSK_WARNING_SECONDS * 1000);
    expect(main.reloaded()).toBe(1);
  });

  it('reports touches to main at most every few seconds, each starting the quiet time again', async () => {
    const { main, start } = await kioskApp();
    await act(async () => fireEvent.click(start));
    const reports = vi.spyOn(
      Reflect.get(window, BRIDGE_GLOBAL) as { reportKioskActivity: () => unknown },
      'reportKioskActivity',
    );
    await pass(30_000);
    await act(async () => fireEvent.pointerDown(document.body));
    await act(async () => fireEvent.keyDown(document.body, { key: 'a' }));
    expect(reports).toHaveBeenCalledOnce();
    await pass(IDLE_MINUTES * 60_000 - 1);
    expect(warning()).toBeNull();
    await pass(1);
    expect(warning()).not.toBeNull();
    expect(main.reloaded()).toBe(0);
  });
});
