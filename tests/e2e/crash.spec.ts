import { clinicFile } from '../support/clinic-file';
import { CLINIC_CONTACT } from '../support/clinic-contact';
import { localeText } from '../support/locale-text';
import { expect, HOST, test } from './fixtures';
import { pastAttract, pastLessons } from './walkthrough';

const t = (key: string) => localeText('en', 'app', key);

test.describe('at home, with saving on', () => {
  test.use({ keyStorage: 'protected' });

  test('the app reopens on the step the patient was on, with the answers', async ({ app }) => {
    await app.page.getByRole('radio', { name: t('welcome.roles.patient'), exact: true }).check();
    await app.page.getByLabel(t('welcome.nameLabel')).fill('Ana');
    await app.page.getByRole('radio', { name: /CAR-T/ }).check();
    await app.page.getByRole('button', { name: t('nav.next') }).click();
    await pastLessons(app.page);
    await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(t('checklist.heading'));
    await app.restart();
    await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(t('checklist.heading'));
    await app.page.getByRole('button', { name: t('nav.back') }).click();
    await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(t('learn.heading'));
  });
});

// Playwright cannot reload a Chromium page whose process died, so a crash is shown only inside Electron, where
// main reloads it (src/main/kiosk/crash-recovery.ts, unit-tested with a stand-in page).
test.describe('after the page crashes, inside Electron', () => {
  test.skip(
    HOST !== 'electron',
    'needs the Electron binary (run npm run test:electron where it is installed)',
  );

  test('at home it comes back on the same step', async ({ app }) => {
    await app.page.getByRole('radio', { name: t('welcome.roles.patient'), exact: true }).check();
    await app.page.getByLabel(t('welcome.nameLabel')).fill('Ana');
    await app.page.getByRole('radio', { name: /CAR-T/ }).check();
    await app.page.getByRole('button', { name: t('nav.next') }).click();
    await app.electron?.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]?.webContents.forcefullyCrashRenderer(),
    );
    await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(t('learn.heading'), {
      timeout: 15_000,
    });
  });

  test.describe('in a kiosk', () => {
    test.use({ clinicFile: clinicFile({ mode: 'kiosk', ...CLINIC_CONTACT }) });

    test('it forgets the patient and comes back on the screen for the next person', async ({
      app,
    }) => {
      await pastAttract(app.page);
      await app.page.getByRole('radio', { name: t('welcome.roles.patient'), exact: true }).check();
      await app.page.getByLabel(t('welcome.nameLabel')).fill('Qwyzz Crash');
      await app.electron?.evaluate(({ BrowserWindow }) =>
        BrowserWindow.getAllWindows()[0]?.webContents.forcefullyCrashRenderer(),
      );
      await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(t('kiosk.heading'), {
        timeout: 15_000,
      });
      await pastAttract(app.page);
      await expect(app.page.getByLabel(t('welcome.nameLabel'))).toHaveValue('');
    });
  });
});
