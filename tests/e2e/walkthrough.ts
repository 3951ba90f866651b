import path from 'node:path';
import type { Page } from '@playwright/test';
import { loadProtocolFolder } from '../../src/main/protocol/example-protocols';
import { loadLessonFolder } from '../../src/main/content/lesson-files';
import type { Lesson } from '@shared/content/lesson';
import { lessonsForProtocol } from '@shared/content/lessons-for-protocol';
import type { Language } from '@shared/i18n/languages';
import type { Voice } from '@shared/i18n/voice';
import { localeText } from '../support/locale-text';
import { expect } from './fixtures';

export const LESSONS = loadLessonFolder(path.resolve('resources/lessons'));
export const PROTOCOLS = loadProtocolFolder(path.resolve('resources/protocols'));

/** Nothing is cut off or needs sideways scrolling: the page reflows into the window. */
export async function expectNoSidewaysScrolling(page: Page, where: string): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: document.documentElement.clientWidth,
  }));
  expect(scroll, where).toBeLessThanOrEqual(width + 1);
}

/** Makes the text as large as it goes (200%), from whatever size it is at: the setting outlives a forgotten patient. */
export async function largestText(page: Page, language: Language): Promise<void> {
  const larger = page.getByRole('button', { name: localeText(language, 'app', 'display.larger') });
  // React has drawn the new size before a click returns, so the button is disabled as soon as the top is reached.
  for (let n = 0; n < 10 && (await larger.isEnabled()); n += 1) await larger.click();
  await expect(
    page.getByText(localeText(language, 'app', 'display.textSize', { value: '200' })),
  ).toBeVisible();
}

/**
 * Reads through every lesson, as a person pressing "Next lesson" would, and goes on to the next step: the general
 * lessons, or those and a therapy's own (lessonsForProtocol).
 */
export async function pastLessons(
  page: Page,
  language: Language = 'en',
  lessons: readonly Lesson[] = LESSONS,
): Promise<void> {
  const t = (key: string, values?: Record<string, string>) =>
    localeText(language, 'app', key, values);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('learn.heading'));
  for (let n = 1; n < lessons.length; n += 1) {
    await expect(
      page.getByText(t('learn.lessonOf', { current: String(n), total: String(lessons.length) })),
    ).toBeVisible();
    await page.getByRole('button', { name: t('learn.nextLesson') }).click();
  }
  await page.getByRole('button', { name: t('nav.next') }).click();
}

/**
 * Leaves a step whose answers are all optional, as it is, once its heading (namespace:key) shows: the health,
 * questions, feelings and check steps.
 */
function pastOptionalStep(heading: [namespace: string, key: string]) {
  return async (page: Page, language: Language = 'en', voice: Voice = 'self'): Promise<void> => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      localeText(language, heading[0], heading[1], {}, voice),
    );
    await page.getByRole('button', { name: localeText(language, 'app', 'nav.next') }).click();
  };
}

export const pastHealth = pastOptionalStep(['checklist', 'health.heading']);
export const pastQuestions = pastOptionalStep(['app', 'questions.heading']);
export const pastFeelings = pastOptionalStep(['app', 'feelings.heading']);
export const pastChecks = pastOptionalStep(['app', 'teachBack.heading']);
export const pastReview = pastOptionalStep(['app', 'review.heading']);

/** From the lessons to the handout step, answering nothing on the way. */
export async function pastLessonsToHandout(
  page: Page,
  language: Language = 'en',
  voice: Voice = 'self',
): Promise<void> {
  await pastLessons(page, language);
  await page.getByRole('button', { name: localeText(language, 'app', 'nav.next') }).click();
  await pastHealth(page, language, voice);
  await pastQuestions(page, language);
  await pastFeelings(page, language);
  await pastChecks(page, language);
  await pastReview(page, language);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    localeText(language, 'app', 'handout.heading'),
  );
}

/** A kiosk opens on its screen for anyone walking up, which names no one: start from there. */
export async function pastAttract(page: Page, language: Language = 'en'): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    localeText(language, 'app', 'kiosk.heading'),
  );
  await page.getByRole('button', { name: localeText(language, 'app', 'kiosk.start') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    localeText(language, 'app', 'welcome.heading'),
  );
}

/** The patient (Ana) starts with the first therapy offered and goes on to the lessons. */
export async function patientToLessons(page: Page): Promise<void> {
  const t = (key: string) => localeText('en', 'app', key);
  await page.getByRole('radio', { name: t('welcome.roles.patient'), exact: true }).check();
  await page.getByLabel(t('welcome.nameLabel')).fill('Ana');
  await page
    .getByRole('group', { name: t('welcome.therapyLabel') })
    .getByRole('radio')
    .first()
    .check();
  await page.getByRole('button', { name: t('nav.next') }).click();
}

/** A parent (Maria, for Leo) starts with the therapy whose title matches, and reads past the lessons to the checklist. */
export async function parentToChecklist(page: Page, therapy: RegExp): Promise<void> {
  const t = (key: string) => localeText('en', 'app', key);
  await page.getByRole('radio', { name: t('welcome.roles.parent') }).check();
  await page.getByLabel(t('welcome.helperNameLabel')).fill('Maria');
  await page.getByLabel(t('welcome.patientNameLabel')).fill('Leo');
  await page.getByRole('radio', { name: therapy }).check();
  await page.getByRole('button', { name: t('nav.next') }).click();
  // The therapy's own lessons come after the general ones.
  await pastLessons(
    page,
    'en',
    lessonsForProtocol(
      LESSONS,
      PROTOCOLS.find((protocol) => therapy.test(protocol.title.en ?? '')),
    ),
  );
}

/**
 * From now on main's answer to "which lessons?" is broken (lessons with nothing in them), as a fault would make it,
 * so the next lesson screen fails to draw. The Chromium host's bridge only: the page calls its binding by name.
 */
export async function breakLessons(page: Page): Promise<void> {
  await page.evaluate(() => {
    const bridge = window as unknown as Record<
      string,
      (name: string, args: unknown[]) => Promise<unknown>
    >;
    const real = bridge.__gtcInvoke;
    if (!real) throw new Error('not the Chromium host');
    bridge.__gtcWholeInvoke = real;
    // The binding answers JSON text (page-bridge.ts).
    bridge.__gtcInvoke = (name, args) =>
      name === 'listLessons'
        ? Promise.resolve(JSON.stringify({ ok: true, value: [{}] }))
        : real(name, args);
  });
}

/** Main's answers are whole again. */
export async function mendLessons(page: Page): Promise<void> {
  await page.evaluate(() => {
    const bridge = window as unknown as Record<string, unknown>;
    bridge.__gtcInvoke = bridge.__gtcWholeInvoke;
  });
}
