import { clinicFile } from '../support/clinic-file';
import { CLINIC_CONTACT } from '../support/clinic-contact';
import { localeText } from '../support/locale-text';
import { expect, HOST, test } from './fixtures';
import { pastAttract, pastLessonsToHandout } from './walkthrough';

// What only the real Electron runtime can show. Skipped, visibly, where the Electron binary is absent;
// the same settings are unit-tested in tests/unit/main/security.
test.describe('inside Electron', () => {
  test.skip(
    HOST !== 'electron',
    'needs the Electron binary (run npm run test:electron where it is installed)',
  );

  test('the page has no Node.js: no require, process or module', async ({ app }) => {
    const globals = await app.page.evaluate(() =>
      ['require', 'process', 'module', 'Buffer'].map(
        (name) => typeof (globalThis as Record<string, unknown>)[name],
      ),
    );
    expect(globals).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
  });

  test('navigation away and new windows are refused', async ({ app }) => {
    const before = app.page.url();
    await app.page.evaluate(() => {
      window.open('https://example.com/');
      window.location.href = 'https://example.com/';
    });
    await app.page.waitForTimeout(500);
    expect(app.page.url()).toBe(before);
    expect(app.electron?.windows()).toHaveLength(1);
  });

  test('permission requests are denied', async ({ app }) => {
    expect(await app.page.evaluate(() => Notification.requestPermission())).toBe('denied');
  });

  test("printing at home asks webContents.print for the system dialog, with the handout's pages drawn for it", async ({
    app,
  }) => {
    const { page, electron } = app;
    // The system dialog cannot be clicked by a test: main's print is answered instead, after the page is checked.
    await electron?.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents;
      if (!contents) throw new Error('no window');
      contents.print = (options: unknown, callback: (success: boolean, reason: string) => void) => {
        void contents
          .executeJavaScript('document.querySelectorAll(".print-pages canvas").length')
          .then((pages: number) => {
            (globalThis as Record<string, unknown>).gtcPrinted = { options, pages };
            callback(true, '');
          });
      };
    });
    const t = (key: string) => localeText('en', 'app', key);
    await page.getByRole('radio', { name: t('welcome.roles.patient'), exact: true }).check();
    await page.getByLabel(t('welcome.nameLabel')).fill('Ana');
    await page
      .getByRole('group', { name: localeText('en', 'app', 'welcome.therapyLabel') })
      .getByRole('radio')
      .first()
      .check();
    await page.getByRole('button', { name: t('nav.next') }).click();
    await pastLessonsToHandout(page);
    await page.getByRole('button', { name: t('handout.print') }).click();
    await expect(page.getByText(t('handout.printed'))).toBeVisible({ timeout: 30_000 });
    const printed = (await electron?.evaluate(
      () => (globalThis as Record<string, unknown>).gtcPrinted,
    )) as { options: Record<string, unknown>; pages: number };
    expect(printed.options).toMatchObject({
      silent: false,
      pageSize: 'Letter',
      margins: { marginType: 'none' },
    });
    expect(printed.pages).toBeGreaterThan(0);
  });
});

test.describe('a kiosk inside Electron', () => {
  test.skip(
    HOST !== 'electron',
    'needs the Electron binary (run npm run test:electron where it is installed)',
  );
  test.use({ clinicFile: clinicFile({ mode: 'kiosk', ...CLINIC_CONTACT }) });

  test('fills the screen with no menu and no developer tools, and refuses to close until staff close the app', async ({
    app,
  }) => {
    const state = await app.electron?.evaluate(({ BrowserWindow, Menu }) => {
      const window = BrowserWindow.getAllWindows()[0];
      window?.close();
      return {
        kiosk: window?.isKiosk(),
        menu: Menu.getApplicationMenu(),
        devTools: window?.webContents.isDevToolsOpened(),
        stillOpen: BrowserWindow.getAllWindows().length,
      };
    });
    expect(state).toEqual({ kiosk: true, menu: null, devTools: false, stillOpen: 1 });
    // Past the start screen, so a reload would show: main counts every load the window starts.
    await pastAttract(app.page);
    await app.page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
    await app.electron?.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]?.webContents;
      contents?.on(
        'did-start-loading',
        () =>
          ((globalThis as unknown as Record<string, number>).gtcLoads =
            ((globalThis as unknown as Record<string, number>).gtcLoads ?? 0) + 1),
      );
    });
    for (const keys of ['Control+R', 'F5', 'Control+Shift+R']) await app.page.keyboard.press(keys);
    expect(
      await app.electron?.evaluate(
        () => (globalThis as unknown as Record<string, number>).gtcLoads ?? 0,
      ),
    ).toBe(0);
    expect(
      await app.page.evaluate(
        () => (window as unknown as { stillTheSamePage?: boolean }).stillTheSamePage,
      ),
    ).toBe(true);
    await expect(app.page.getByLabel(localeText('en', 'app', 'welcome.nameLabel'))).toBeVisible();
  });
});
