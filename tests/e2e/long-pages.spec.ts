import type { Locator, Page } from '@playwright/test';
import { resolveText } from '@shared/schemas/localized-text';
import { localeText } from '../support/locale-text';
import { expect, test } from './fixtures';
import { LESSONS, pastLessons } from './walkthrough';

const t = (key: string, values?: Record<string, string>) => localeText('en', 'app', key, values);
const c = (key: string, values?: Record<string, string>) =>
  localeText('en', 'checklist', key, values);
const WINDOW = { width: 1280, height: 800 };

/** Wholly inside the window, as a person sees it without scrolling. */
async function inView(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= WINDOW.height;
}

/**
 * Every field on the page one types or chooses in has the body text's font and size (which follow the text-size
 * setting), and each text box is wide enough to read what is written in it.
 */
async function expectFieldsLikeBodyText(page: Page, where: string, size: string): Promise<void> {
  const { body, fields } = await page.evaluate(() => {
    const style = (element: Element) => ({
      family: getComputedStyle(element).fontFamily,
      size: getComputedStyle(element).fontSize,
    });
    return {
      body: style(document.body),
      fields: [
        ...document.querySelectorAll(
          'textarea, select, input:not([type=radio]):not([type=checkbox])',
        ),
      ].map((field) => ({
        field: `${field.tagName.toLowerCase()} ${field.getAttribute('type') ?? ''}`.trim(),
        ...style(field),
        width:
          field.tagName === 'TEXTAREA' ? Math.round(field.getBoundingClientRect().width) : null,
      })),
    };
  });
  expect(body.size, `${where}: body text`).toBe(size);
  expect(fields.length, `${where}: fields`).toBeGreaterThan(0);
  for (const field of fields) {
    expect({ family: field.family, size: field.size }, `${where}: ${field.field}`).toEqual(body);
    if (field.width !== null)
      expect(field.width, `${where}: ${field.field} width`).toBeGreaterThanOrEqual(600);
  }
}

test('a long step has an outline, shows what Add did, and every field reads like the rest at any text size', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize(WINDOW);
  await expect(page.getByLabel(t('welcome.nameLabel'))).toBeVisible();
  await expectFieldsLikeBodyText(page, 'welcome', '20px');
  await page.getByRole('radio', { name: t('welcome.roles.patient'), exact: true }).check();
  await page.getByLabel(t('welcome.nameLabel')).fill('Ana');
  await page.getByRole('radio', { name: /CAR-T/ }).check();
  await page.getByRole('button', { name: t('nav.next') }).click();
  await pastLessons(page);

  // The result of "Add" comes into view and is told, wherever the field was on the page.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('checklist.heading'));
  await page.getByLabel(c('myMedicines.label')).fill('vitamin D drops');
  await page.getByRole('button', { name: c('myMedicines.add') }).click();
  const added = page.getByRole('listitem').filter({ hasText: 'vitamin D drops' });
  await expect(added).toContainText(c('myMedicines.toDiscuss'));
  await expect.poll(() => inView(added), 'the new medicine and its note').toBe(true);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: c('myMedicines.added', { name: 'vitamin D drops' }) }),
  ).toContainText(c('myMedicines.toDiscuss'));
  await expectFieldsLikeBodyText(page, 'checklist', '20px');

  // The outline reaches every part; following a link by keyboard puts focus on that part's heading, in view.
  await page.evaluate(() => window.scrollTo(0, 0));
  const outline = page.getByRole('navigation', { name: t('outline.heading') });
  const targets = await outline
    .getByRole('link')
    .evaluateAll((links) =>
      links.map(
        (link) =>
          document.getElementById(link.getAttribute('href')?.slice(1) ?? '')?.tagName ?? 'missing',
      ),
    );
  expect(targets).toEqual(['H2', 'H2', 'H2', 'H2', 'H2', 'H2']);
  const ownMedicines = page.getByRole('heading', { name: c('myMedicines.heading'), exact: true });
  expect(await inView(ownMedicines), 'the part is far down the page').toBe(false);
  await outline.getByRole('link', { name: c('myMedicines.heading'), exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(ownMedicines).toBeFocused();
  expect(await inView(ownMedicines)).toBe(true);
  expect(page.url(), 'the page itself does not navigate').not.toContain('#');

  // CAR-T cells are changed in a lab: no question about antibodies to a carrier virus.
  await page.getByRole('button', { name: t('nav.next') }).click();
  await expect(
    page.getByRole('group', { name: c('health.items.earlier-gene-therapy.question') }),
  ).toBeVisible();
  await expect(
    page.getByRole('group', { name: c('health.items.carrier-antibodies.question') }),
  ).toHaveCount(0);

  await page.getByRole('button', { name: t('nav.next') }).click();
  await expect(page.getByLabel(t('questions.ownLabel'))).toBeVisible();
  await expectFieldsLikeBodyText(page, 'questions', '20px');
  await page.getByRole('button', { name: t('nav.next') }).click();
  await expect(page.getByLabel(t('feelings.worriesLabel'))).toBeVisible();
  await expectFieldsLikeBodyText(page, 'feelings', '20px');

  // Twice the text size: the fields grow with the rest.
  for (let n = 0; n < 4; n += 1)
    await page.getByRole('button', { name: t('display.larger') }).click();
  await expect(page.getByText(t('display.textSize', { value: '200' }))).toBeVisible();
  await expectFieldsLikeBodyText(page, 'feelings at 200%', '40px');
  await page.getByRole('button', { name: t('nav.back') }).click();
  await expect(page.getByLabel(t('questions.ownLabel'))).toBeVisible();
  await expectFieldsLikeBodyText(page, 'questions at 200%', '40px');
});

/** Each link of the page's outline, followed by keyboard, puts focus on its part's heading, in view. */
async function expectOutlineLeadsToEveryPart(page: Page, where: string): Promise<void> {
  const outline = page.getByRole('navigation', { name: t('outline.heading') });
  const links = outline.getByRole('link');
  // Every part of the page, and nothing else: the outline's links name the page's parts in order.
  await expect(links, `${where}: one link per part`).toHaveText(
    await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents(),
  );
  for (const label of await links.allTextContents()) {
    await outline.getByRole('link', { name: label, exact: true }).focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 2, name: label, exact: true });
    await expect(heading, `${where}: ${label}`).toBeFocused();
    expect(await inView(heading), `${where}: ${label} in view`).toBe(true);
  }
}

test('the teach-back and the review have an outline to every part, and an answer shows its feedback in view', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize(WINDOW);
  // Seeded as the walkthrough saves it: a date out of order (so "Dates to check" shows) and a missed question (a topic to go over).
  const [first, last] = [LESSONS[0], LESSONS.at(-1)];
  const missed = first?.checks[0];
  const asked = last?.checks.at(-1);
  if (!missed || !asked) throw new Error('the lessons have no check questions');
  const wrong = (check: typeof missed) => check.options.find((option) => !option.correct)?.id;
  await page.evaluate(
    (patch) =>
      (
        window as unknown as { gtc: { updateSession(patch: unknown): Promise<unknown> } }
      ).gtc.updateSession(patch),
    {
      role: 'patient',
      firstName: 'Ana',
      protocolId: 'example-car-t',
      keyDates: { lymphodepletion: '2027-02-10', infusion: '2027-02-06' },
      comprehension: { [missed.id]: { attempts: 1, understood: false, answer: wrong(missed) } },
      step: 'check',
    },
  );
  await app.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('teachBack.heading'));
  await expectOutlineLeadsToEveryPart(page, 'check');

  // The answer's feedback comes into view, even when "Answer" was at the very bottom of the window.
  const question = page.getByRole('group', { name: resolveText(asked.question, 'en').text });
  await question.getByRole('radio').first().check();
  const answer = question.getByRole('button', { name: t('teachBack.answer') });
  await answer.evaluate((button) => button.scrollIntoView({ block: 'end' }));
  await answer.click();
  const feedback = question.getByRole('status');
  await expect(feedback).not.toBeEmpty();
  await expect.poll(() => inView(feedback), 'the feedback after answering').toBe(true);

  await page.getByRole('button', { name: t('nav.next') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('review.heading'));
  await expect(page.getByRole('heading', { level: 2, name: c('dateNotes.heading') })).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: localeText('en', 'handout', 'reviewHeading') })
      .getByRole('listitem'),
  ).toHaveCount(1);
  await expectOutlineLeadsToEveryPart(page, 'review');
});
