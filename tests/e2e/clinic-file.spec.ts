import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { clinicFile } from '../support/clinic-file';
import { filesContaining } from '../support/files-containing';
import { localeText } from '../support/locale-text';
import { managedSettingsFile } from '../support/managed-settings-file';
import { STAFF_PIN, STAFF_PIN_HASH } from '../support/staff-pin';
import { axeViolations } from './axe';
import { expect, test, type AppUnderTest } from './fixtures';
import { pastAttract } from './walkthrough';
import { CLINIC_CONTACT } from '../support/clinic-contact';

const t = (key: string, values?: Record<string, string>) => localeText('en', 'app', key, values);
const c = (key: string) => localeText('en', 'clinician', key);
const SENTINEL = 'Qwyzz Sentinel-Ñúñez';
// A kiosk's clinic file (format 4, its PIN is STAFF_PIN) as a newer release would find it: a format this one does not know.
const KIOSK_FILE = JSON.parse(
  readFileSync(path.resolve('tests/fixtures/clinic-store/format-4.json'), 'utf8'),
) as Record<string, unknown>;

/** A patient with a name found nowhere else starts, and the name reaches no file. */
async function patientLeavesNoTrace(app: AppUnderTest): Promise<void> {
  const { page } = app;
  await pastAttract(page);
  await page.getByRole('radio', { name: t('welcome.roles.patient'), exact: true }).check();
  await page.getByLabel(t('welcome.nameLabel')).fill(SENTINEL);
  await page.getByRole('radio', { name: /CAR-T/ }).check();
  await page.getByRole('button', { name: t('nav.next') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('learn.heading'));
  expect(filesContaining(app.dataDir, SENTINEL), 'the data folder').toEqual([]);
}

/** Staff press "Clinic staff", unlock with the PIN and open the clinic settings. */
async function staffOpenSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: c('nav.enter') }).click();
  await page.getByLabel(c('pin.pin'), { exact: true }).fill(STAFF_PIN);
  await page.getByRole('button', { name: c('pin.unlock') }).click();
  await page.getByRole('button', { name: c('nav.settings') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(c('settings.heading'));
}

test.describe('a kiosk whose clinic file a newer release wrote', () => {
  test.use({ clinicFile: JSON.stringify({ ...KIOSK_FILE, formatVersion: 99 }) });

  test('stays a kiosk with its PIN, never opens on the home welcome, and saves nothing of a patient', async ({
    app,
  }) => {
    const { page } = app;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('kiosk.heading'));
    const notice = page.getByRole('alert').filter({ hasText: t('notices.heading') });
    await expect(notice).toContainText(t('notices.newer-version'));
    await expect(notice).toContainText(t('notices.kept.mode'));
    await expect(notice).toContainText(t('notices.kept.pin'));
    // With the clinic's name and numbers kept too, it is still set up for patients.
    await expect(notice).toContainText(t('notices.kept.contact'));
    await patientLeavesNoTrace(app);

    await app.restart();
    await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(t('kiosk.heading'));
    await patientLeavesNoTrace(app);
    // The kept PIN still opens clinician mode.
    await staffOpenSettings(app.page);
    await expect(app.page.getByText(c('settings.needsAttention'))).toHaveCount(0);
  });
});

test.describe('a damaged clinic file', () => {
  // The PIN went with the damaged file: staff get in with the one an administrator gave in the organization's settings.
  test.use({
    clinicFile: clinicFile({ mode: 'kiosk' }).slice(0, 80),
    managedSettings: managedSettingsFile({}, STAFF_PIN_HASH),
  });

  test('opens on a staff screen that says where the old file is, until staff confirm how the computer is used', async ({
    app,
  }) => {
    const { page } = app;
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(t('attention.heading'));
    await expect(heading).toBeFocused();
    await expect(page.getByText(t('attention.askStaff'))).toBeVisible();
    const notice = page.getByRole('alert').filter({ hasText: t('notices.heading') });
    await expect(notice).toContainText(t('notices.unreadable'));
    await expect(notice).toContainText(path.join(app.dataDir, 'clinic.unreadable-'));
    await expect(page.getByLabel(t('welcome.nameLabel'))).toHaveCount(0);
    await expect(page.getByRole('button', { name: t('kiosk.start') })).toHaveCount(0);
    expect(await axeViolations(page), 'the staff screen').toEqual([]);
    await notice.getByRole('button', { name: t('notices.dismiss') }).click();
    await expect(notice).toBeHidden();

    // A restart does not turn it into a computer that saves.
    await app.restart();
    await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(t('attention.heading'));
    await expect(app.page.getByRole('alert')).toContainText(
      path.join(app.dataDir, 'clinic.unreadable-'),
    );

    await staffOpenSettings(app.page);
    await expect(app.page.getByText(c('settings.needsAttention'))).toBeVisible();
    await app.page.getByLabel(c('settings.mode')).selectOption('kiosk');
    await app.page.getByLabel(c('settings.clinicName')).fill(CLINIC_CONTACT.clinicName);
    await app.page.getByLabel(c('settings.phoneOfficeHours')).fill(CLINIC_CONTACT.phoneOfficeHours);
    await app.page.getByLabel(c('settings.phoneAfterHours')).fill(CLINIC_CONTACT.phoneAfterHours);
    await app.page.getByRole('button', { name: c('settings.save') }).click();
    await expect(app.page.getByText(c('settings.saved'))).toBeVisible();

    await app.restart();
    await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(t('kiosk.heading'));
    await patientLeavesNoTrace(app);
  });
});

test.describe("a broken organization's settings file on a computer whose clinic file says home", () => {
  test.use({
    keyStorage: 'protected',
    clinicFile: clinicFile({ mode: 'home', ...CLINIC_CONTACT }, STAFF_PIN_HASH),
    // The organization fixed "kiosk" and left out a quote: the file cannot be used, and "home" must not win.
    managedSettings: managedSettingsFile({ mode: 'kiosk' }).replace('"kiosk"', '"kiosk'),
  });

  test('shows the staff screen, which names the file and says IT must fix it, not the journey, and keeps nothing', async ({
    app,
  }) => {
    const { page } = app;
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('attention.heading'));
    const problems = page.getByRole('alert').filter({ hasText: t('attention.managedRefused') });
    await expect(problems).toContainText(
      path.join(path.dirname(app.dataDir), 'managed-settings.json'),
    );
    await expect(problems).toContainText('the file is not valid JSON');
    await expect(page.getByText(t('attention.stepFixManaged'))).toBeVisible();
    await expect(page.getByLabel(t('welcome.nameLabel'))).toHaveCount(0);
    await expect(page.getByRole('button', { name: t('kiosk.start') })).toHaveCount(0);
    expect(await axeViolations(page), 'the staff screen').toEqual([]);

    // A home computer would save this choice with the answers; this one keeps nothing, even after a restart.
    await page.getByLabel(t('language.label')).selectOption('es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      localeText('es', 'app', 'attention.heading'),
    );
    expect(readdirSync(app.dataDir).filter((name) => name.startsWith('session'))).toEqual([]);
    await app.restart();
    await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(t('attention.heading'));
    expect(readdirSync(app.dataDir).filter((name) => name.startsWith('session'))).toEqual([]);
  });
});
