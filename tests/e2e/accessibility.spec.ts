import { localeText } from '../support/locale-text';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LESSONS } from './walkthrough';

// axe scans every step in each language inside the persona journeys (personas.spec.ts), so no walk here repeats one.

/** Presses Tab until `target` has the focus, as a keyboard user moving through a step would. */
async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  // Found once: a query by role and name reads every element of a long step, and Tab moves only the focus. Should
  // the step draw `target` anew, this one never gets the focus and the check below fails.
  const element = await target.elementHandle();
  for (
    let presses = 0;
    presses < limit && !(await element.evaluate((el) => el === document.activeElement));
    presses += 1
  )
    await page.keyboard.press('Tab');
  await element.dispose();
  await expect(target).toBeFocused();
}

// Both start from the welcome step's heading, focused as the app opens, so they share one app start: the language
// is changed and changed back, and the journey starts from the heading again.
test('the language can be changed with the keyboard from any step; the whole journey can be done with the keyboard alone', async ({
  app,
}) => {
  // Two tests' work, so twice their time limit (which only catches a hang).
  test.setTimeout(120_000);
  const { page } = app;
  const t = (key: string) => localeText('en', 'app', key);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await test.step('the language can be changed with the keyboard from any step', async () => {
    // Backwards from the heading: the staff button, then the language.
    await page.keyboard.press('Shift+Tab');
    await expect(
      page.getByRole('button', { name: localeText('en', 'clinician', 'nav.enter') }),
    ).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('combobox')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.keyboard.press('ArrowUp');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('heading', { level: 1 }).focus();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });

  await test.step('the whole journey can be done with the keyboard alone', async () => {
    // From the step's heading, Tab goes on through the step: open a plan, who fills it in, name, therapy, Next.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: t('plan.open') })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(
      page.getByRole('radio', { name: t('welcome.roles.patient'), exact: true }),
    ).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel(t('welcome.nameLabel'))).toBeFocused();
    await page.keyboard.type('Ana');
    await page.keyboard.press('Tab');
    await expect(
      page
        .getByRole('group', { name: t('welcome.therapyLabel') })
        .getByRole('radio')
        .first(),
    ).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: t('nav.next') })).toBeFocused();
    await page.keyboard.press('Enter');

    // Each lesson: Tab through its parts to "Next lesson"; the last one's button is "Next".
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('learn.heading'));
    for (let n = 1; n <= LESSONS.length; n += 1) {
      const onward = page.getByRole('button', {
        name: n < LESSONS.length ? t('learn.nextLesson') : t('nav.next'),
      });
      await tabTo(page, onward);
      await page.keyboard.press('Enter');
    }

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('checklist.heading'));
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    // Past the key-date fields (each date input has several parts), the tests' progress and the checklist's content.
    await tabTo(page, page.getByRole('button', { name: t('nav.next') }), 120);
    await page.keyboard.press('Enter');

    // One health question answered by keyboard.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      localeText('en', 'checklist', 'health.heading'),
    );
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio').first()).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByRole('radio').first()).toBeChecked();
    await tabTo(page, page.getByRole('button', { name: t('nav.next') }), 40);
    await page.keyboard.press('Enter');

    // A question from the bank, picked by keyboard.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('questions.heading'));
    await tabTo(page, page.getByRole('checkbox').first());
    await page.keyboard.press('Space');
    await expect(page.getByRole('checkbox').first()).toBeChecked();
    await tabTo(page, page.getByRole('button', { name: t('nav.next') }), 80);
    await page.keyboard.press('Enter');

    // Worries typed by keyboard.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('feelings.heading'));
    await tabTo(page, page.getByLabel(t('feelings.worriesLabel')));
    await page.keyboard.type('Travel');
    await tabTo(page, page.getByRole('button', { name: t('nav.next') }), 10);
    await page.keyboard.press('Enter');

    // One teach-back question answered by keyboard, then on.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('teachBack.heading'));
    await tabTo(page, page.getByRole('radio').first());
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: t('teachBack.answer') }).first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('group').first().getByRole('status')).not.toBeEmpty();
    await tabTo(page, page.getByRole('button', { name: t('nav.next') }), 120);
    await page.keyboard.press('Enter');

    // The review: a part opened and changed in place, then readiness, chosen with the arrow keys.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('review.heading'));
    const changeHealth = page.getByRole('button', {
      name: t('review.changePart').replace(
        '{{part}}',
        localeText('en', 'checklist', 'health.heading'),
      ),
    });
    await tabTo(page, changeHealth);
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('button', {
        name: t('review.donePart').replace(
          '{{part}}',
          localeText('en', 'checklist', 'health.heading'),
        ),
      }),
    ).toHaveAttribute('aria-expanded', 'true');
    // Into the health answers, opened right there: the earlier "yes" has the focus, and an arrow key changes it.
    const immune = page.getByRole('group', {
      name: localeText('en', 'checklist', 'health.items.immune.question'),
    });
    await page.keyboard.press('Tab');
    await expect(
      immune.getByRole('radio', { name: localeText('en', 'checklist', 'health.yes'), exact: true }),
    ).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(
      immune.getByRole('radio', { name: localeText('en', 'checklist', 'health.no'), exact: true }),
    ).toBeChecked();
    await tabTo(page, page.getByRole('radio', { name: t('handout.readiness.ready') }), 80);
    await page.keyboard.press('ArrowDown');
    await expect(
      page.getByRole('radio', { name: t('handout.readiness.want-to-talk-first') }),
    ).toBeChecked();
    await tabTo(page, page.getByRole('button', { name: t('nav.next') }), 5);
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('handout.heading'));
    await app.answerSaveDialog(`${app.saveDir}/keyboard.pdf`);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('checkbox', { name: t('handout.largePrint') })).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel(t('handout.secondLanguage'))).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: t('handout.save') })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(
      page.getByText(
        localeText('en', 'app', 'handout.saved').replace('{{fileName}}', 'keyboard.pdf'),
      ),
    ).toBeVisible();
  });
});
