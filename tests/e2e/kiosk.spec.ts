import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { BRIDGE_GLOBAL } from '@shared/contract/api-contract';
import { KIOSK_WARNING_SECONDS } from '@shared/schemas/clinic-settings';
import { clinicFile } from '../support/clinic-file';
import { CLINIC_CONTACT } from '../support/clinic-contact';
import { filesContaining } from '../support/files-containing';
import { localeText } from '../support/locale-text';
import { managedSettingsFile } from '../support/managed-settings-file';
import { STAFF_PIN, STAFF_PIN_HASH } from '../support/staff-pin';
import { comparePrintout } from '../support/page-images';
import { NO_TEST_PRINTER, nextPrintout, TEST_PRINTER } from '../support/test-printer';
import { axeViolations, axeViolationsWithStoppedClock } from './axe';
import { expect, HOST, test, type AppUnderTest } from './fixtures';
import { handoutPdf } from './handout-pdf';
import {
  breakLessons,
  LESSONS,
  pastAttract,
  pastLessons,
  pastLessonsToHandout,
} from './walkthrough';

const t = (key: string, values?: Record<string, string>) => localeText('en', 'app', key, values);
const SENTINEL = 'Qwyzz Sentinel-Ñúñez';

test.use({
  clinicFile: clinicFile(
    { mode: 'kiosk', kioskIdleMinutes: 1, printer: TEST_PRINTER, ...CLINIC_CONTACT },
    STAFF_PIN_HASH,
  ),
});

/**
 * A patient with a name found nowhere else walks up and starts, and copies their name. The name is also put where
 * the page's engine keeps data on disk for a page (IndexedDB, Cache Storage), as a library or a later change of ours
 * could, so each wipe test has something to remove from the profile folder, and fails if it stays. Local and session
 * storage are not used: Chromium keeps a deleted value in their LevelDB log until it compacts it, whatever clears
 * them, so the app never writes them (source-rules.test.ts).
 */
async function sentinelStarts(page: Page): Promise<void> {
  await pastAttract(page);
  const name = page.getByLabel(t('welcome.nameLabel'));
  await name.fill(SENTINEL);
  await name.selectText();
  await page.keyboard.press('Control+C');
  await page.getByRole('radio', { name: t('welcome.roles.patient'), exact: true }).check();
  await page.getByRole('radio', { name: /CAR-T/ }).check();
  await page.getByRole('button', { name: t('nav.next') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('learn.heading'));
  await page.evaluate(async (sentinel) => {
    await (await caches.open('gtc-test')).put('/gtc-test', new Response(sentinel));
    await new Promise<void>((resolve, reject) => {
      const opening = indexedDB.open('gtc-test');
      opening.onupgradeneeded = () => opening.result.createObjectStore('kept');
      opening.onerror = () => reject(opening.error ?? new Error('IndexedDB did not open'));
      opening.onsuccess = () => {
        const writing = opening.result.transaction('kept', 'readwrite');
        writing.objectStore('kept').put(sentinel, 'name');
        writing.oncomplete = () => {
          opening.result.close();
          resolve();
        };
        writing.onerror = () => reject(writing.error ?? new Error('IndexedDB did not write'));
      };
    });
  }, SENTINEL);
}

/** The kiosk is back on its screen for the next person, and the patient's name is nowhere. */
async function expectForgotten(app: AppUnderTest): Promise<void> {
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('kiosk.heading'));
  await expect(page.getByRole('button', { name: t('kiosk.start') })).toBeVisible();
  expect(await page.content(), 'the page').not.toContain(SENTINEL);
  const kept = await page.evaluate(async () => ({
    local: Object.keys(localStorage).length,
    session: Object.keys(sessionStorage).length,
    databases: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
    session_: await (
      window as unknown as {
        gtc: { getSession(): Promise<{ value: { firstName: string; protocolId: string | null } }> };
      }
    ).gtc.getSession(),
  }));
  expect(kept).toMatchObject({
    local: 0,
    session: 0,
    databases: 0,
    caches: 0,
    session_: { value: { firstName: '', protocolId: null } },
  });
  expect(filesContaining(app.dataDir, SENTINEL), 'the data folder').toEqual([]);
  // Every test that calls this runs with a profile on disk, so the check can never be skipped unseen.
  expect(app.profileDir, 'a browser profile on disk').not.toBeNull();
  expect(
    filesContaining(app.profileDir ?? '', SENTINEL),
    "the browser engine's profile folder",
  ).toEqual([]);
  expect(
    readdirSync(os.tmpdir()).filter((name) => name.startsWith('gtc-print-')),
    'print files the app wrote',
  ).toEqual([]);
  // The next person starts clean, and pasting gives them nothing of the last one.
  await pastAttract(page);
  const name = page.getByLabel(t('welcome.nameLabel'));
  await expect(name).toHaveValue('');
  await name.focus();
  await page.keyboard.press('Control+V');
  await expect(name, 'the clipboard').toHaveValue('');
}

/**
 * Time stands still in the page (and in main, whose clock moves only in tests) until the test moves it on: once the
 * app has drawn its first screen. React's scheduler keeps the clock it finds when its code runs; started under a
 * paused clock, it shows a screen's "Loading…" for ever (a fallback stays at least 300 ms), which a test on a busy
 * machine, the app's code still loading when the test began, was seen waiting on.
 */
async function stopTheClock(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const start = new Date('2026-12-01T09:00:00');
  await page.clock.install({ time: start });
  // The installed clock runs until paused, so the pause is an hour on: far more than a test may take, however busy
  // the machine (a second on was seen to be already past on a loaded machine). Called before any idle timer starts.
  await page.clock.pauseAt(new Date(start.getTime() + 60 * 60_000));
}

/** Main holds the idle deadline; only the Chromium host has a clock for it that a test moves. */
const MAIN_CLOCK = "needs the Chromium host's test clock, to move main's idle deadline";

/** Time passes for the page and for main alike. */
async function letTimePass(app: AppUnderTest, ms: number): Promise<void> {
  await app.page.clock.runFor(ms);
  app.advanceMainClock(ms);
}

test('the kiosk opens on a screen that names no one', async ({ app }) => {
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(t('kiosk.heading'));
  await expect(app.page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(app.page.getByRole('button', { name: t('kiosk.start') })).toBeVisible();
  await expect(app.page.getByLabel(t('welcome.nameLabel'))).toHaveCount(0);
  expect(await axeViolations(app.page), 'the start screen').toEqual([]);
  // Nothing on the way in opens a file dialog.
  await pastAttract(app.page);
  await expect(app.page.getByRole('button', { name: t('plan.open') })).toHaveCount(0);
  // The name is not said to stay on the computer, and the patient can leave from the first step on.
  await expect(app.page.getByLabel(t('welcome.nameLabel'))).toHaveAccessibleDescription(
    t('welcome.nameHintKiosk'),
  );
  await expect(app.page.getByRole('button', { name: t('kiosk.finish') })).toBeVisible();
});

/** Staff open clinician mode with the PIN, as they would at the kiosk. */
async function staffUnlock(page: Page): Promise<void> {
  await page.getByRole('button', { name: localeText('en', 'clinician', 'nav.enter') }).click();
  await page.getByLabel(localeText('en', 'clinician', 'pin.pin'), { exact: true }).fill(STAFF_PIN);
  await page.getByRole('button', { name: localeText('en', 'clinician', 'pin.unlock') }).click();
  await expect(
    page.getByRole('button', { name: localeText('en', 'clinician', 'nav.settings') }),
  ).toBeVisible();
}

// Both are about the quiet minute on the default kiosk, so they share one app start: staff first, from the screen
// for the next person, then a patient on the screen their leaving brought back.
test('staff who walk away from clinician mode on a kiosk leave it locked; after a quiet minute it asks "are you still there?", counts down, and keeps everything when the patient answers', async ({
  app,
}) => {
  test.skip(HOST === 'electron', MAIN_CLOCK);
  const { page } = app;
  await stopTheClock(page);
  await test.step('staff who walk away from clinician mode on a kiosk leave it locked', async () => {
    await staffUnlock(page);
    await letTimePass(app, 60_000);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('kiosk.heading'));
    const status = await page.evaluate(
      async () =>
        (
          await (
            window as unknown as {
              gtc: { clinicianStatus(): Promise<{ value: { unlocked: boolean } }> };
            }
          ).gtc.clinicianStatus()
        ).value.unlocked,
    );
    expect(status).toBe(false);
  });
  await sentinelStarts(page);
  await page.getByRole('button', { name: t('learn.nextLesson') }).click();

  await letTimePass(app, 60_000);
  const warning = page.getByRole('dialog', { name: t('kiosk.stillThereHeading') });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText(
    t('kiosk.secondsLeft', { seconds: String(KIOSK_WARNING_SECONDS) }),
  );
  await expect(warning.getByRole('button', { name: t('kiosk.stillHere') })).toBeFocused();
  expect(await axeViolationsWithStoppedClock(page), 'the idle warning').toEqual([]);
  await letTimePass(app, 5_000);
  await expect(warning).toContainText(
    t('kiosk.secondsLeft', { seconds: String(KIOSK_WARNING_SECONDS - 5) }),
  );
  await warning.getByRole('button', { name: t('kiosk.stillHere') }).click();
  await expect(warning).toHaveCount(0);
  await expect(
    page.getByText(t('learn.lessonOf', { current: '2', total: String(LESSONS.length) })),
  ).toBeVisible();

  // Escape answers it too, and any touch starts the quiet minute again: main has heard it once its minute is whole.
  await letTimePass(app, 60_000);
  await expect(warning).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(warning).toHaveCount(0);
  await letTimePass(app, 40_000);
  await page.mouse.click(5, 5);
  await expect.poll(() => app.mainTimerDueIn()).toBe(60_000);
  await letTimePass(app, 40_000);
  await expect(warning).toHaveCount(0);
});

test.describe('a kiosk whose clinic has not entered its name and numbers', () => {
  test.use({
    clinicFile: clinicFile(
      { mode: 'kiosk', clinicName: CLINIC_CONTACT.clinicName },
      STAFF_PIN_HASH,
    ),
  });

  test('asks for staff, names what is missing, starts no session until staff enter them, then lets patients start', async ({
    app,
  }) => {
    const { page } = app;
    const c = (key: string) => localeText('en', 'clinician', key);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('kiosk.heading'));
    await expect(page.getByRole('alert')).toHaveText(t('kiosk.notSetUp'));
    await expect(page.getByRole('listitem')).toHaveText([
      c('settings.phoneOfficeHours'),
      c('settings.phoneAfterHours'),
    ]);
    await expect(page.getByRole('button', { name: t('kiosk.start') })).toHaveCount(0);
    await expect(page.getByLabel(t('welcome.nameLabel'))).toHaveCount(0);
    expect(await axeViolations(page), 'the start screen that asks for staff').toEqual([]);

    await staffUnlock(page);
    await page.getByRole('button', { name: c('nav.settings') }).click();
    await page.getByLabel(c('settings.phoneOfficeHours')).fill(CLINIC_CONTACT.phoneOfficeHours);
    await page.getByLabel(c('settings.phoneAfterHours')).fill(CLINIC_CONTACT.phoneAfterHours);
    await page.getByRole('button', { name: c('settings.save') }).click();
    await expect(page.getByText(c('settings.saved'))).toBeVisible();
    await page.getByRole('button', { name: c('nav.leave') }).click();
    await expect(page.getByText(t('kiosk.notSetUp'))).toHaveCount(0);
    await pastAttract(page);
  });
});

test.describe('set by the organization', () => {
  test.use({
    clinicFile: clinicFile({ mode: 'home', ...CLINIC_CONTACT }),
    managedSettings: managedSettingsFile({ mode: 'kiosk' }, STAFF_PIN_HASH),
  });

  test("a machine the organization fixed as a kiosk runs as one whatever staff set, lets staff in with the organization's PIN, and shows both locked", async ({
    app,
  }) => {
    const { page } = app;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('kiosk.heading'));
    await expect(page.getByText(t('kiosk.noStaffPin'))).toHaveCount(0);
    await staffUnlock(page);
    await page.getByRole('button', { name: localeText('en', 'clinician', 'nav.settings') }).click();
    const mode = page.getByLabel(localeText('en', 'clinician', 'settings.mode'));
    await expect(mode).toBeDisabled();
    await expect(mode).toHaveAccessibleDescription(
      localeText('en', 'clinician', 'settings.managed'),
    );
    await expect(
      page.getByText(localeText('en', 'clinician', 'settings.pinManaged')),
    ).toBeVisible();
  });
});

test.describe('a kiosk with no staff PIN', () => {
  test.use({
    clinicFile: clinicFile({ mode: 'home', ...CLINIC_CONTACT }),
    managedSettings: managedSettingsFile({ mode: 'kiosk' }),
  });

  test('offers patients no way into staff mode, tells staff why, and main refuses a first PIN', async ({
    app,
  }) => {
    const { page } = app;
    const staff = page.getByRole('button', { name: localeText('en', 'clinician', 'nav.enter') });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('kiosk.heading'));
    await expect(page.getByText(t('kiosk.noStaffPin'))).toBeVisible();
    await expect(staff).toHaveCount(0);
    expect(await axeViolations(page), 'the start screen with the note for staff').toEqual([]);
    await pastAttract(page);
    await expect(page.getByLabel(t('welcome.nameLabel'))).toBeVisible();
    await expect(staff).toHaveCount(0);
    // Whoever reaches the bridge itself is refused by main, not only by the screen.
    const answer = await page.evaluate(async () =>
      (
        window as unknown as { gtc: { clinicianSetPin(input: { pin: string }): Promise<unknown> } }
      ).gtc.clinicianSetPin({ pin: '739204' }),
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

// A kiosk's browser profile is a folder on disk, as Electron's is, so these tests can look for the patient in it;
// the others need no profile on disk, and start no browser of their own for one.
test.describe('with its browser profile in a folder on disk', () => {
  test.use({ chromiumProfile: 'persistent' });

  test('ended by the timeout, the session leaves the name nowhere, even when the page has stopped answering', async ({
    app,
  }) => {
    test.skip(HOST === 'electron', MAIN_CLOCK);
    const { page } = app;
    await stopTheClock(page);
    await sentinelStarts(page);
    await letTimePass(app, 60_000);
    await expect(page.getByRole('dialog', { name: t('kiosk.stillThereHeading') })).toBeVisible();
    // The page stops answering: nothing it asks reaches main any more, and its clock stands still. Only main can end
    // the session now.
    await page.evaluate((bridge) => {
      Object.assign(window, {
        [bridge]: new Proxy({}, { get: () => () => new Promise(() => undefined) }),
      });
    }, BRIDGE_GLOBAL);
    app.advanceMainClock((KIOSK_WARNING_SECONDS + 1) * 1000);
    await expectForgotten(app);
  });

  test('ended by "I\'m finished" on step 3, asked first, the session leaves the name nowhere', async ({
    app,
  }) => {
    const { page } = app;
    await sentinelStarts(page);
    await pastLessons(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('checklist.heading'));
    await page.getByRole('button', { name: t('kiosk.finish') }).click();
    const dialog = page.getByRole('dialog', { name: t('confirm.heading') });
    await expect(dialog).toContainText(t('kiosk.confirmFinish'));
    await dialog.getByRole('button', { name: t('kiosk.finishAction') }).click();
    await expectForgotten(app);
  });

  // The printout is also compared with the handout, page for page: one walk and one print for both.
  test('ended by printing the handout, the session leaves the name nowhere, and nothing outside the app was asked for; the handout is printed without asking, through a real CUPS queue, page for page', async ({
    app,
  }) => {
    test.skip(TEST_PRINTER === '', NO_TEST_PRINTER);
    // Two tests' work, so twice their time limit (which only catches a hang).
    test.setTimeout(120_000);
    const { page } = app;
    const appUrl = new URL(page.url());
    const outside: string[] = [];
    page.context().on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== appUrl.protocol || url.host !== appUrl.host) outside.push(request.url());
    });
    await sentinelStarts(page);
    await pastLessonsToHandout(page);
    await expect(page.getByRole('button', { name: t('handout.save') })).toHaveCount(0);
    const original = await handoutPdf(page, path.join(app.saveDir, 'handout.pdf'));
    const printout = nextPrintout();
    await page.getByRole('button', { name: t('handout.print') }).click();
    // The patient takes the page; the kiosk forgets them and waits for the next person.
    await expect(page.getByText(t('kiosk.printed'))).toBeVisible({ timeout: 30_000 });
    await expectForgotten(app);
    expect(outside).toEqual([]);
    const comparison = comparePrintout(await printout(), original);
    expect(comparison.printedPages).toBe(comparison.originalPages);
    expect(comparison.mismatched).toEqual([]);
  });

  test('a screen that fails to draw keeps the kiosk usable, and still erases the patient after the quiet minute', async ({
    app,
  }) => {
    test.skip(
      HOST === 'electron',
      "needs the Chromium host's bridge, to hand the page a broken answer, and its test clock",
    );
    const { page } = app;
    await stopTheClock(page);
    await pastAttract(page);
    await page.getByRole('radio', { name: t('welcome.roles.patient'), exact: true }).check();
    await page.getByLabel(t('welcome.nameLabel')).fill(SENTINEL);
    await page.getByRole('radio', { name: /CAR-T/ }).check();
    await breakLessons(page);
    await page.getByRole('button', { name: t('nav.next') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('broken.heading'));
    await expect(page.getByRole('button', { name: t('broken.tryAgain') })).toBeVisible();
    await expect(page.getByRole('button', { name: t('kiosk.finish') })).toBeVisible();
    expect(await page.content()).not.toContain(SENTINEL);
    await letTimePass(app, 60_000 + KIOSK_WARNING_SECONDS * 1000);
    await expectForgotten(app);
  });
});
