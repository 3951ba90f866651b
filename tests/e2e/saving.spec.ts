import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { CLINIC_CONTACT } from '../support/clinic-contact';
import { filesContaining } from '../support/files-containing';
import { localeText } from '../support/locale-text';
import { expect, HOST, test } from './fixtures';
import { pastAttract, pastLessons } from './walkthrough';

const t = (key: string) => localeText('en', 'app', key);
const SENTINEL = 'Zoë Sentinel-Ñúñez';

/** Presses Back until the welcome step shows. */
async function pastStepsBackToWelcome(page: Page): Promise<void> {
  const heading = page.getByRole('heading', { level: 1 });
  for (
    let presses = 0;
    presses < 20 && (await heading.textContent()) !== t('welcome.heading');
    presses += 1
  )
    await page.getByRole('button', { name: t('nav.back') }).click();
  await expect(heading).toHaveText(t('welcome.heading'));
}

test.describe('at home, with protected key storage', () => {
  test.use({ keyStorage: 'protected' });

  test('answers survive closing and reopening the app, and are not readable on disk', async ({
    app,
  }) => {
    await expect(app.page.getByText(t('saving.protectedOn'))).toBeVisible();
    await app.page.getByRole('radio', { name: t('welcome.roles.patient'), exact: true }).check();
    await app.page.getByLabel(t('welcome.nameLabel')).fill(SENTINEL);
    await app.page.getByRole('radio', { name: /sickle cell/ }).check();
    await app.page.getByRole('button', { name: t('nav.next') }).click();
    await pastLessons(app.page);
    await app.page.getByLabel('stem-cell collection').fill('2027-02-01');
    await expect(app.page.getByLabel('stem-cell collection')).toHaveValue('2027-02-01');

    // It reopens where the patient was, with every answer.
    await app.restart();
    await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(t('checklist.heading'));
    await expect(app.page.getByLabel('stem-cell collection')).toHaveValue('2027-02-01');
    await pastStepsBackToWelcome(app.page);
    await expect(app.page.getByLabel(t('welcome.nameLabel'))).toHaveValue(SENTINEL);
    expect(filesContaining(app.dataDir, 'Sentinel')).toEqual([]);
  });

  test('"delete my information", asked first, leaves nothing of the patient, even after a restart', async ({
    app,
  }) => {
    await app.page.getByRole('radio', { name: t('welcome.roles.patient'), exact: true }).check();
    await app.page.getByLabel(t('welcome.nameLabel')).fill(SENTINEL);
    await app.page.getByRole('radio', { name: /sickle cell/ }).check();
    await app.page.getByRole('button', { name: t('nav.next') }).click();
    await app.restart();
    await pastStepsBackToWelcome(app.page);
    await expect(app.page.getByLabel(t('welcome.nameLabel'))).toHaveValue(SENTINEL);
    expect(readdirSync(app.dataDir).filter((name) => name.startsWith('session'))).not.toEqual([]);

    await app.page.getByRole('button', { name: t('home.delete') }).click();
    const dialog = app.page.getByRole('dialog', { name: t('confirm.heading') });
    await expect(dialog).toContainText(t('home.confirmDelete'));
    await dialog.getByRole('button', { name: t('confirm.keep') }).click();
    await expect(app.page.getByLabel(t('welcome.nameLabel'))).toHaveValue(SENTINEL);
    await app.page.getByRole('button', { name: t('home.delete') }).click();
    await dialog.getByRole('button', { name: t('home.deleteAction') }).click();

    await expect(app.page.getByLabel(t('welcome.nameLabel'))).toHaveValue('');
    expect(await app.page.content()).not.toContain('Sentinel');
    expect(readdirSync(app.dataDir).filter((name) => name.startsWith('session'))).toEqual([]);
    await app.restart();
    await expect(app.page.getByLabel(t('welcome.nameLabel'))).toHaveValue('');
  });

  test('the patient can choose not to save; then nothing is kept', async ({ app }) => {
    await app.page.getByRole('button', { name: t('saving.turnOff') }).click();
    // It deletes the saved copy, so it is asked first.
    const dialog = app.page.getByRole('dialog');
    await expect(dialog).toContainText(t('saving.confirmTurnOff'));
    await dialog.getByRole('button', { name: t('saving.turnOff') }).click();
    await expect(app.page.getByText(t('saving.protectedOff'))).toBeVisible();
    await app.page.getByRole('radio', { name: t('welcome.roles.patient'), exact: true }).check();
    await app.page.getByLabel(t('welcome.nameLabel')).fill(SENTINEL);
    await app.page.getByRole('radio', { name: /sickle cell/ }).check();
    await app.page.getByRole('button', { name: t('nav.next') }).click();
    await app.restart();
    await expect(app.page.getByLabel(t('welcome.nameLabel'))).toHaveValue('');
  });
});

test.describe('where the computer cannot lock saved answers', () => {
  test.use({ keyStorage: 'unprotected' });
  test.skip(HOST === 'electron', 'the key storage level comes from the OS under Electron');

  test('the app says so plainly and saves only if the patient chooses', async ({ app }) => {
    await expect(app.page.getByText(t('saving.unprotectedOff'))).toBeVisible();
    await app.page.getByRole('button', { name: t('saving.turnOnUnprotected') }).click();
    await expect(app.page.getByText(t('saving.unprotectedOn'))).toBeVisible();
  });
});

test.describe('in a kiosk', () => {
  test.use({
    keyStorage: 'protected',
    clinicFile: JSON.stringify({
      formatVersion: 2,
      settings: {
        ...CLINIC_CONTACT,
        emergencyInstruction: null,
        address: '',
        defaultLanguage: 'en',
        paperSize: 'letter',
        mode: 'kiosk',
      },
      clinician: { pin: null, failedAttempts: 0, lockedUntil: null },
      protocols: [],
      order: [],
      retired: [],
      history: {},
    }),
  });

  test('nothing of the patient is written anywhere, and a restart starts clean', async ({
    app,
  }) => {
    await pastAttract(app.page);
    await expect(app.page.getByText(t('saving.kiosk'))).toBeVisible();
    await app.page.getByRole('radio', { name: t('welcome.roles.patient'), exact: true }).check();
    await app.page.getByLabel(t('welcome.nameLabel')).fill(SENTINEL);
    await app.page.getByRole('radio', { name: /sickle cell/ }).check();
    await app.page.getByRole('button', { name: t('nav.next') }).click();
    await pastLessons(app.page);
    await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(t('checklist.heading'));
    expect(filesContaining(app.dataDir, 'Sentinel')).toEqual([]);
    await app.restart();
    await pastAttract(app.page);
    await expect(app.page.getByLabel(t('welcome.nameLabel'))).toHaveValue('');
  });
});
