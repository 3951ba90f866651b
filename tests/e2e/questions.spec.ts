import path from 'node:path';
import { loadProtocolFolder } from '../../src/main/protocol/example-protocols';
import { resolveText } from '@shared/schemas/localized-text';
import { localeText } from '../support/locale-text';
import { pdfText } from '../support/pdf-tools';
import { expect, test } from './fixtures';
import { LESSONS, pastChecks, pastFeelings, pastHealth, pastLessons } from './walkthrough';

const t = (key: string, values?: Record<string, string>) => localeText('en', 'app', key, values);
const protocol = loadProtocolFolder(path.resolve('resources/protocols')).find(
  (p) => p.id === 'example-car-t',
);
if (!protocol) throw new Error('example-car-t missing');
const [first, second, third] = protocol.questions.map((q) => resolveText(q.text, 'en').text);

test('the patient records tests and health, picks questions, adds their own, chooses a top three, writes worries and readiness, and the handout has it all', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('radio', { name: t('welcome.roles.patient'), exact: true }).check();
  await page.getByLabel(t('welcome.nameLabel')).fill('Ana');
  await page.getByRole('radio', { name: /CAR-T/ }).check();
  await page.getByRole('button', { name: t('nav.next') }).click();
  await pastLessons(page);

  // A test already done, with its date.
  const test = protocol.tests[0]!;
  const progress = page.getByRole('group', {
    name: localeText('en', 'checklist', 'progress.legend', {
      test: resolveText(test.name, 'en').text,
    }),
  });
  await progress
    .getByRole('radio', { name: localeText('en', 'checklist', 'progress.done') })
    .check();
  await progress.getByLabel(localeText('en', 'checklist', 'progress.doneOn')).fill('2026-11-20');
  await page.getByRole('button', { name: t('nav.next') }).click();

  // Health history: a "yes" and a "not sure" become things to talk about; a "no" does not.
  const c = (key: string) => localeText('en', 'checklist', key);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(c('health.heading'));
  await page
    .getByRole('group', { name: c('health.items.liver.question') })
    .getByRole('radio', { name: c('health.yes'), exact: true })
    .check();
  await page
    .getByRole('group', { name: c('health.items.allergies.question') })
    .getByRole('radio', { name: c('health.not-sure') })
    .check();
  await page
    .getByRole('group', { name: c('health.items.heart.question') })
    .getByRole('radio', { name: c('health.no'), exact: true })
    .check();
  await page.getByRole('button', { name: t('nav.next') }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('questions.heading'));
  for (const question of [first, second, third])
    await page.getByRole('checkbox', { name: question }).first().check();
  await page.getByLabel(t('questions.ownLabel')).fill('Can my sister stay with me?');
  await page.getByRole('button', { name: t('questions.add') }).click();
  const top = page.getByRole('group', { name: t('questions.topHeading') });
  await top.getByRole('checkbox', { name: 'Can my sister stay with me?' }).check();
  await top.getByRole('checkbox', { name: third }).check();
  await top.getByRole('checkbox', { name: first }).check();
  await expect(top.getByRole('checkbox', { name: second })).toBeDisabled();
  // Taking a question off the list takes it out of the top three.
  await page.getByRole('checkbox', { name: first }).first().uncheck();
  await expect(top.getByRole('checkbox', { name: first })).toHaveCount(0);
  await expect(top.getByRole('checkbox', { name: second })).toBeEnabled();
  await page.getByRole('button', { name: t('nav.next') }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('feelings.heading'));
  await page.getByLabel(t('feelings.worriesLabel')).fill('I am scared of the hospital stay.');
  await page.getByRole('button', { name: t('nav.next') }).click();
  await pastChecks(page);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('review.heading'));
  await page.getByRole('radio', { name: t('handout.readiness.want-to-talk-first') }).check();
  await page.getByRole('button', { name: t('nav.next') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('handout.heading'));
  const target = path.join(app.saveDir, 'questions.pdf');
  await app.answerSaveDialog(target);
  await page.getByRole('button', { name: t('handout.save') }).click();
  await expect(page.getByText(t('handout.saved', { fileName: 'questions.pdf' }))).toBeVisible();

  const text = pdfText(target);
  const h = (key: string) => localeText('en', 'handout', key);
  expect(text).toContain(h('readiness.want-to-talk-first'));
  expect(text).toContain('Done on Friday, November 20, 2026.');
  // Top three first, in the order chosen; then the rest; the unpicked question is not there.
  const order = [
    h('topQuestions'),
    'Can my sister stay with me?',
    third,
    h('otherQuestions'),
    second,
  ].map((part) => text.indexOf(part!));
  expect(order.every((at) => at >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  expect(text).not.toContain(first!);
  expect(text).toContain(h('worriesHeading'));
  expect(text).toContain('I am scared of the hospital stay.');
  expect(text).toContain(h('healthHeading'));
  expect(text).toContain(`${c('health.items.liver.topic')} ${h('healthYes')}`);
  expect(text).toContain(`${c('health.items.allergies.topic')} ${h('healthNotSure')}`);
  expect(text).not.toContain(c('health.items.heart.topic'));
});

test('a lesson part marked "ask my team about this" is on the questions step, can be ranked in the top three, and the review and the handout show it there in the same words', async ({
  app,
}) => {
  const { page } = app;
  const lesson = LESSONS[0]!;
  const part = lesson.sections.at(-1)!;
  const asked = localeText('en', 'handout', 'lessonQuestion', {
    part: resolveText(part.heading, 'en').text,
    lesson: resolveText(lesson.title, 'en').text,
  });
  const h = (key: string) => localeText('en', 'handout', key);
  await page.getByRole('radio', { name: t('welcome.roles.patient'), exact: true }).check();
  await page.getByLabel(t('welcome.nameLabel')).fill('Ana');
  await page.getByRole('radio', { name: /CAR-T/ }).check();
  await page.getByRole('button', { name: t('nav.next') }).click();
  await page
    .getByRole('region', { name: resolveText(part.heading, 'en').text })
    .getByRole('button', { name: t('learn.flag') })
    .click();
  await pastLessons(page);
  await page.getByRole('button', { name: t('nav.next') }).click();
  await pastHealth(page);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('questions.heading'));
  await expect(page.getByRole('region', { name: t('questions.lessonHeading') })).toContainText(
    asked,
  );
  await page.getByRole('checkbox', { name: first }).first().check();
  const top = page.getByRole('group', { name: t('questions.topHeading') });
  await top.getByRole('checkbox', { name: asked }).check();
  await page.getByRole('button', { name: t('nav.next') }).click();
  await pastFeelings(page);
  await pastChecks(page);

  // The review lists it first, as the top question, in the same words; the other question after.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('review.heading'));
  const questions = page.getByRole('region', { name: t('questions.heading') });
  await expect(questions.getByRole('list').first().getByRole('listitem')).toHaveText([asked]);
  await expect(questions.getByRole('list').nth(1).getByRole('listitem')).toHaveText([first!]);
  // It is a question now, not also a topic to go over.
  await expect(page.getByRole('region', { name: h('reviewHeading') })).not.toContainText(
    resolveText(part.heading, 'en').text,
  );
  await page.getByRole('button', { name: t('nav.next') }).click();

  const target = path.join(app.saveDir, 'flagged.pdf');
  await app.answerSaveDialog(target);
  await page.getByRole('button', { name: t('handout.save') }).click();
  await expect(page.getByText(t('handout.saved', { fileName: 'flagged.pdf' }))).toBeVisible();
  const text = pdfText(target);
  const order = [h('topQuestions'), asked, h('otherQuestions'), first!].map((words) =>
    text.indexOf(words),
  );
  expect(order.every((at) => at >= 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  expect(text.split(asked)).toHaveLength(2);
});
