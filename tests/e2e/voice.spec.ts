import path from 'node:path';
import { loadProtocolFolder } from '../../src/main/protocol/example-protocols';
import { resolveText, type LocalizedText } from '@shared/schemas/localized-text';
import { localeText } from '../support/locale-text';
import { expect, test } from './fixtures';
import { pastHealth, pastLessons } from './walkthrough';

const t = (key: string) => localeText('en', 'app', key);
const carT = loadProtocolFolder(path.resolve('resources/protocols')).find(
  (protocol) => protocol.id === 'example-car-t',
);
if (!carT) throw new Error('the CAR-T example is missing');
const asCaregiver = (text: LocalizedText) => resolveText(text, 'en', 'third').text;
const asPatient = (text: LocalizedText) => resolveText(text, 'en', 'self').text;

test('nobody is taken for the patient: the role is asked for, and a caregiver reads about "the patient" on the checklist and the questions', async ({
  app,
}) => {
  const { page } = app;
  const roles = page.getByRole('group', { name: t('welcome.roleLabel') });
  // Everything else is given: only who fills it in is missing.
  await page.getByLabel(t('welcome.nameLabel')).fill('Zoë');
  await page.getByRole('radio', { name: /CAR-T/ }).check();
  await page.getByRole('button', { name: t('nav.next') }).click();
  await expect(roles.getByRole('alert')).toHaveText(t('welcome.roleRequired'));
  await expect(roles.getByRole('radio').first()).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('welcome.heading'));

  await roles.getByRole('radio', { name: t('welcome.roles.caregiver') }).check();
  await expect(roles.getByRole('alert')).toHaveCount(0);
  await page.getByLabel(t('welcome.helperNameLabel')).fill('Omar');
  await expect(page.getByLabel(t('welcome.patientNameLabel'))).toHaveValue('Zoë');
  await page.getByRole('button', { name: t('nav.next') }).click();
  await pastLessons(page);

  await expect(
    page.getByRole('group', {
      name: localeText('en', 'checklist', 'keyDates.heading', {}, 'third'),
    }),
  ).toBeVisible();
  const collection = carT.keyDates.find((keyDate) => keyDate.id === 'cell-collection')?.label;
  const pregnancy = carT.tests.find((item) => item.id === 'pregnancy-test')?.name;
  if (!collection || !pregnancy) throw new Error('the CAR-T example changed');
  await expect(page.getByLabel(asCaregiver(collection))).toBeVisible();
  await expect(page.getByLabel(asPatient(collection), { exact: true })).toHaveCount(0);
  // The timeline names the test too; the checklist's own list is the one read here.
  await expect(
    page
      .getByRole('region', { name: t('checklist.tests'), exact: true })
      .getByText(asCaregiver(pregnancy), { exact: true }),
  ).toBeVisible();
  await expect(page.getByText(asPatient(pregnancy), { exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: t('nav.next') }).click();
  await pastHealth(page, 'en', 'third');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('questions.heading'));
  for (const question of carT.questions)
    await expect(page.getByText(asCaregiver(question.text), { exact: true })).toBeVisible();
  await expect(page.getByText(/\b(Will I|my cells|can I)\b/)).toHaveCount(0);
});

test.describe('a session saved at home', () => {
  test.use({ keyStorage: 'protected' });

  test('saved without a role, it reopens on the welcome step asking who fills it in, and goes on once told', async ({
    app,
  }) => {
    const { page } = app;
    await page.getByRole('radio', { name: t('welcome.roles.patient'), exact: true }).check();
    await page.getByLabel(t('welcome.nameLabel')).fill('Ana');
    await page.getByRole('radio', { name: /CAR-T/ }).check();
    await page.getByRole('button', { name: t('nav.next') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('learn.heading'));
    // As a session saved before the role was required: past the welcome step, and nobody said who they are.
    await page.evaluate(() =>
      (
        window as unknown as { gtc: { updateSession: (patch: object) => Promise<unknown> } }
      ).gtc.updateSession({ role: null }),
    );
    await app.reload();

    const roles = page.getByRole('group', { name: t('welcome.roleLabel') });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('welcome.heading'));
    await expect(roles.getByRole('alert')).toHaveText(t('welcome.roleRequired'));
    await expect(page.getByLabel(t('welcome.nameLabel'))).toHaveValue('Ana');
    await page.getByRole('button', { name: t('nav.next') }).click();
    await expect(roles.getByRole('radio').first()).toBeFocused();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('welcome.heading'));
    await roles.getByRole('radio', { name: t('welcome.roles.patient'), exact: true }).check();
    await page.getByRole('button', { name: t('nav.next') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('learn.heading'));
  });
});
