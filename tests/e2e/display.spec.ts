import { localeText } from '../support/locale-text';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { expectNoSidewaysScrolling, pastLessons, patientToLessons } from './walkthrough';

const t = (key: string, values?: Record<string, string>) => localeText('en', 'app', key, values);

// Both start on a new computer's welcome step, so they share one app start: high contrast is turned off again
// before the text is made larger, so that check sees the usual look.
test('the high-contrast look passes the same accessibility checks; text can be made twice as large, and every step still fits the window', async ({
  app,
}) => {
  // Two tests' work, so twice their time limit (which only catches a hang).
  test.setTimeout(120_000);
  const { page } = app;
  await test.step('the high-contrast look passes the same accessibility checks', async () => {
    await page.getByRole('button', { name: t('display.highContrast') }).click();
    await expect(page.getByRole('button', { name: t('display.highContrast') })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.locator('html')).toHaveClass(/high-contrast/);
    expect(await axeViolations(page)).toEqual([]);
    await patientToLessons(page);
    expect(await axeViolations(page), 'a lesson in high contrast').toEqual([]);
    await page.getByRole('button', { name: t('nav.back') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('welcome.heading'));
    await page.getByRole('button', { name: t('display.highContrast') }).click();
    await expect(page.locator('html')).not.toHaveClass(/high-contrast/);
  });
  await test.step('text can be made twice as large, and every step still fits the window', async () => {
    for (let n = 0; n < 4; n += 1)
      await page.getByRole('button', { name: t('display.larger') }).click();
    await expect(page.getByText(t('display.textSize', { value: '200' }))).toBeVisible();
    await expect(page.getByRole('button', { name: t('display.larger') })).toBeDisabled();
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
      '40px',
    );
    await expectNoSidewaysScrolling(page, 'welcome');

    await patientToLessons(page);
    await expectNoSidewaysScrolling(page, 'learn');
    await pastLessons(page);
    const steps = ['checklist', 'health', 'questions', 'feelings', 'check', 'review', 'handout'];
    for (const [index, step] of steps.entries()) {
      await expect(
        page.getByText(t('progress', { current: String(index + 3), total: '9' })),
      ).toBeVisible();
      await expectNoSidewaysScrolling(page, step);
      if (step !== 'handout') await page.getByRole('button', { name: t('nav.next') }).click();
    }
  });
});
