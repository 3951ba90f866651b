import { readdirSync } from 'node:fs';
import path from 'node:path';
import { localeText } from '../support/locale-text';
import { pdfText } from '../support/pdf-tools';
import { expect, test } from './fixtures';
import { parentToChecklist, pastLessonsToHandout } from './walkthrough';

const NAME = 'Zoë Ñúñez-Łukasz';

// Both need a walk to the handout step, so they share one app start: the dialog is cancelled first, then answered.
test('a parent fills it in for a child: asked for their own name too, and named on the handout; cancelling the save dialog saves nothing and says so', async ({
  app,
}) => {
  // Two tests' work, so twice their time limit (which only catches a hang).
  test.setTimeout(120_000);
  const { page } = app;
  const t = (key: string, values?: Record<string, string>) => localeText('en', 'app', key, values);
  await page.getByRole('radio', { name: t('welcome.roles.parent') }).check();
  await page.getByLabel(t('welcome.patientNameLabel')).fill('Zoë');
  await page.getByRole('radio', { name: /CAR-T/ }).check();
  await page.getByRole('button', { name: t('nav.next') }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: t('welcome.helperNameRequired') }),
  ).toBeVisible();
  await expect(page.getByLabel(t('welcome.helperNameLabel'))).toBeFocused();
  await page.keyboard.type('Maria');
  await page.getByRole('button', { name: t('nav.next') }).click();
  await pastLessonsToHandout(page, 'en', 'child');

  await test.step('cancelling the save dialog saves nothing and says so', async () => {
    await app.answerSaveDialog(null);
    await page.getByRole('button', { name: t('handout.save') }).click();
    await expect(page.getByText(t('handout.cancelled'))).toBeVisible();
    expect(readdirSync(app.saveDir)).toEqual([]);
  });

  await test.step('the parent is named on the handout', async () => {
    const target = path.join(app.saveDir, 'parent.pdf');
    await app.answerSaveDialog(target);
    await page.getByRole('button', { name: t('handout.save') }).click();
    await expect(page.getByText(t('handout.saved', { fileName: 'parent.pdf' }))).toBeVisible();
    expect(pdfText(target)).toContain('Prepared by Maria (parent) for Zoë');
  });
});

test("a clinic's own text reads in the parent's voice where the clinic wrote it so", async ({
  app,
}) => {
  const { page } = app;
  await parentToChecklist(page, /under the retina/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    localeText('en', 'app', 'checklist.heading', {}, 'child'),
  );
  await expect(page.getByLabel("surgery on your child's first eye")).toBeVisible();
  await expect(page.getByText("Your child's eye surgery team")).toBeVisible();
  await expect(page.getByText('surgery on your first eye')).toHaveCount(0);
});

// All three start on the welcome step, so they share one app start: the welcome checks first, then, back in English,
// the representative's walk to the handout.
test("on the welcome step: a missing first name is explained and nothing moves on; changing the language keeps what was typed; a legal representative gives only their own name; a patient's name typed before is kept only if they agree to drop it", async ({
  app,
}) => {
  // Two tests' work, so twice their time limit (which only catches a hang).
  test.setTimeout(120_000);
  const { page } = app;
  await test.step('a missing first name is explained and nothing moves on', async () => {
    await page
      .getByRole('radio', { name: localeText('en', 'app', 'welcome.roles.patient'), exact: true })
      .check();
    await page.getByRole('button', { name: localeText('en', 'app', 'nav.next') }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: localeText('en', 'app', 'welcome.nameRequired') }),
    ).toBeVisible();
    await expect(page.getByLabel(localeText('en', 'app', 'welcome.nameLabel'))).toBeFocused();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      localeText('en', 'app', 'welcome.heading'),
    );
  });

  await test.step('changing the language keeps what was typed', async () => {
    await page.getByLabel(localeText('en', 'app', 'welcome.nameLabel')).fill(NAME);
    await page.getByRole('combobox').selectOption('ar');
    await expect(page.getByLabel(localeText('ar', 'app', 'welcome.nameLabel'))).toHaveValue(NAME);
    await page.getByRole('combobox').selectOption('es');
    await expect(page.getByLabel(localeText('es', 'app', 'welcome.nameLabel'))).toHaveValue(NAME);
  });

  await test.step("a legal representative gives only their own name; a patient's name typed before is kept only if they agree to drop it", async () => {
    await page.getByRole('combobox').selectOption('en');
    const t = (key: string, values?: Record<string, string>) =>
      localeText('en', 'app', key, values);
    await page.getByLabel(t('welcome.nameLabel')).fill('Zoë');
    await page.getByRole('radio', { name: t('welcome.roles.representative') }).check();
    await expect(page.getByLabel(t('welcome.patientNameLabel'))).toHaveCount(0);
    await expect(page.getByText(t('welcome.representativeNote'))).toBeVisible();
    await page.getByLabel(t('welcome.helperNameLabel')).fill('Omar');
    await page.getByRole('radio', { name: /CAR-T/ }).check();

    // The name typed while "patient" was chosen would be dropped: asked first, and "keep" keeps everything.
    await page.getByRole('button', { name: t('nav.next') }).click();
    const dialog = page.getByRole('dialog', { name: t('confirm.heading') });
    await expect(dialog).toContainText(t('welcome.confirmDropName', { name: 'Zoë' }));
    await dialog.getByRole('button', { name: t('confirm.keep') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('welcome.heading'));
    await page.getByRole('button', { name: t('nav.next') }).click();
    await dialog.getByRole('button', { name: t('welcome.dropName') }).click();

    await pastLessonsToHandout(page, 'en', 'third');
    const target = path.join(app.saveDir, 'representative.pdf');
    await app.answerSaveDialog(target);
    await page.getByRole('button', { name: t('handout.save') }).click();
    await expect(
      page.getByText(t('handout.saved', { fileName: 'representative.pdf' })),
    ).toBeVisible();
    const text = pdfText(target);
    expect(text).toContain('Prepared by Omar (legal representative)');
    expect(text).not.toContain('Zoë');
    expect(text).toContain(localeText('en', 'handout', 'walletCard.heading_third'));
  });
});
