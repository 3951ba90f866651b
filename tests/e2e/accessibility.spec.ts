import { LANGUAGES } from '../../src/shared/languages';
import { axeViolations } from './axe';
import { localeText } from '../support/locale-text';
import { expect, test } from './fixtures';

for (const language of LANGUAGES) {
  test(`axe finds no WCAG 2.2 AA problem on any step in ${language}`, async ({ app }) => {
    const { page } = app;
    const t = (key: string) => localeText(language, 'app', key);
    await page.getByRole('combobox').selectOption(language);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('welcome.heading'));
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: t('nav.next') }).click();
    await expect(page.getByRole('alert').first()).toBeVisible();
    expect(await axeViolations(page), 'welcome step showing its errors').toEqual([]);

    await page.getByLabel(t('welcome.nameLabel')).fill('Ana');
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: t('nav.next') }).click();
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: t('nav.next') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('handout.heading'));
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the language can be changed with the keyboard from any step', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  // Backwards from the heading: the staff button, then the language.
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: localeText('en', 'clinician', 'nav.enter') })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('combobox')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('the whole journey can be done with the keyboard alone', async ({ app }) => {
  const { page } = app;
  const t = (key: string) => localeText('en', 'app', key);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  // From the step's heading, Tab goes on through the step: open a plan, name, therapy, Next.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: t('plan.open') })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel(t('welcome.nameLabel'))).toBeFocused();
  await page.keyboard.type('Ana');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio').first()).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: t('nav.next') })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('checklist.heading'));
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  const next = page.getByRole('button', { name: t('nav.next') });
  // Past the key-date fields (each date input has several parts) and the checklist's content.
  for (let presses = 0; presses < 40 && !(await next.evaluate((el) => el === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('handout.heading'));
  await app.answerSaveDialog(`${app.saveDir}/keyboard.pdf`);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: t('handout.largePrint') })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: t('handout.save') })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(localeText('en', 'app', 'handout.saved').replace('{{fileName}}', 'keyboard.pdf'))).toBeVisible();
});
