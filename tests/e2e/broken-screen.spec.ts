import { localeText } from '../support/locale-text';
import { expect, HOST, test } from './fixtures';
import { breakLessons, mendLessons } from './walkthrough';

const t = (key: string) => localeText('en', 'app', key);

test('a screen that fails to draw says so, keeps the answers, and trying again brings the walkthrough back', async ({
  app,
}) => {
  test.skip(
    HOST === 'electron',
    "needs the Chromium host's bridge, to hand the page a broken answer",
  );
  const { page } = app;
  await page.getByRole('radio', { name: t('welcome.roles.patient'), exact: true }).check();
  await page.getByLabel(t('welcome.nameLabel')).fill('Ana');
  await page.getByRole('radio', { name: /CAR-T/ }).check();
  await breakLessons(page);
  await page.getByRole('button', { name: t('nav.next') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('broken.heading'));
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('alert')).toHaveText(t('broken.text'));
  await mendLessons(page);
  await page.getByRole('button', { name: t('broken.tryAgain') }).click();
  // Back where the answers were last saved, with them.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('welcome.heading'));
  await expect(page.getByLabel(t('welcome.nameLabel'))).toHaveValue('Ana');
  await page.getByRole('button', { name: t('nav.next') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('learn.heading'));
});
