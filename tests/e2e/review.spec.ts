import path from 'node:path';
import { localeText } from '../support/locale-text';
import { pdfText } from '../support/pdf-tools';
import { expect, test } from './fixtures';
import { pastChecks, pastFeelings, pastHealth, pastLessons, pastQuestions } from './walkthrough';

const t = (key: string, values?: Record<string, string>) => localeText('en', 'app', key, values);
const c = (key: string, values?: Record<string, string>) =>
  localeText('en', 'checklist', key, values);

test('the review shows every answer on one page; each part is changed right there, or on its step and back', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('radio', { name: t('welcome.roles.patient'), exact: true }).check();
  await page.getByLabel(t('welcome.nameLabel')).fill('Ana');
  await page.getByRole('radio', { name: /CAR-T/ }).check();
  await page.getByRole('button', { name: t('nav.next') }).click();
  await pastLessons(page);
  await page.getByLabel(c('myMedicines.label')).fill('warfarin');
  await page.getByRole('button', { name: c('myMedicines.add') }).click();
  await page.getByRole('button', { name: t('nav.next') }).click();
  await pastHealth(page);
  await pastQuestions(page);
  await pastFeelings(page);
  await pastChecks(page);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('review.heading'));
  const medicines = page.getByRole('region', { name: c('myMedicines.heading') }).first();
  await expect(medicines).toContainText('warfarin');
  await expect(page.getByText(t('review.noWorries'))).toBeVisible();

  // A medicine added in place, and worries written in place; closing the part shows the new answers.
  await page
    .getByRole('button', { name: t('review.changePart', { part: c('myMedicines.heading') }) })
    .click();
  await page.getByLabel(c('myMedicines.label')).fill('aspirin');
  await page.getByRole('button', { name: c('myMedicines.add') }).click();
  await page
    .getByRole('button', { name: t('review.donePart', { part: c('myMedicines.heading') }) })
    .click();
  await expect(medicines).toContainText('aspirin');
  const worriesPart = localeText('en', 'handout', 'worriesHeading');
  await page.getByRole('button', { name: t('review.changePart', { part: worriesPart }) }).click();
  await page.getByLabel(t('feelings.worriesLabel')).fill('Who looks after my dog?');
  await page.getByRole('button', { name: t('review.donePart', { part: worriesPart }) }).click();
  await expect(page.getByText('Who looks after my dog?')).toBeVisible();

  // The name is changed on the welcome step, whose Next leads straight back here.
  await page
    .getByRole('button', { name: t('review.changePart', { part: t('review.about') }) })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('welcome.heading'));
  await page.getByLabel(t('welcome.nameLabel')).fill('Ana María');
  await page.getByRole('button', { name: t('review.back') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('review.heading'));
  await expect(
    page.getByText(localeText('en', 'handout', 'preparedFor', { name: 'Ana María' })),
  ).toBeVisible();

  await page.getByRole('radio', { name: t('handout.readiness.want-to-talk-first') }).check();
  await page.getByRole('button', { name: t('nav.next') }).click();
  const target = path.join(app.saveDir, 'review.pdf');
  await app.answerSaveDialog(target);
  await page.getByRole('button', { name: t('handout.save') }).click();
  await expect(page.getByText(t('handout.saved', { fileName: 'review.pdf' }))).toBeVisible();
  const text = pdfText(target);
  for (const answer of [
    'Ana María',
    'warfarin',
    'aspirin',
    'Who looks after my dog?',
    localeText('en', 'handout', 'readiness.want-to-talk-first'),
  ])
    expect(text).toContain(answer);
});
