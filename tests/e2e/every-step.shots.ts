import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { lessonsForProtocol } from '@shared/content/lessons-for-protocol';
import { LANGUAGES, type Language } from '@shared/i18n/languages';
import { resolveText } from '@shared/schemas/localized-text';
import { clinicFile } from '../support/clinic-file';
import { CLINIC_CONTACT } from '../support/clinic-contact';
import { localeText } from '../support/locale-text';
import { STAFF_PIN_HASH } from '../support/staff-pin';
import { expect, test } from './fixtures';
import { LESSONS, PROTOCOLS } from './walkthrough';

const OUT = path.resolve('screenshots');
// The sickle cell example: a therapy with its numbers from the studies, shown on the checklist, the review and the handout.
const THERAPY = PROTOCOLS.find((protocol) => protocol.id === 'example-sickle-cell-crispr');
// Every shipped language: a language added to LANGUAGES must be given names here before it can be photographed.
const NAMES: Record<Language, { helper: string; patient: string; medicine: string }> = {
  en: { helper: 'Maria', patient: 'Leo', medicine: 'vitamin D drops' },
  es: { helper: 'María', patient: 'Leo', medicine: 'gotas de vitamina D' },
  ar: { helper: 'مريم', patient: 'ليو', medicine: 'قطرات فيتامين د' },
  zh: { helper: '王芳', patient: '小乐', medicine: '维生素D滴剂' },
  vi: { helper: 'Hường', patient: 'Lữ', medicine: 'vitamin D dạng giọt' },
  ru: { helper: 'Юлия', patient: 'Жанна', medicine: 'витамин D в каплях' },
  tl: { helper: 'Marites', patient: 'Niño', medicine: 'patak na bitamina D' },
  ko: { helper: '김서연', patient: '민준', medicine: '비타민 D 드롭' },
};

/** Every step of the walkthrough with some answers given, photographed whole, in one language at one text size. */
async function photographEveryStep(page: Page, language: Language, size: 100 | 200): Promise<void> {
  const t = (key: string) => localeText(language, 'app', key, {}, 'child');
  // The whole page, in window-high pieces, so each picture can be read at its real size.
  const shot = async (name: string) => {
    const { width, height } = await page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      height: document.documentElement.scrollHeight,
    }));
    const tile = 1200;
    // A last piece of a few pixels would show only the page's bottom margin: the piece before it takes it in.
    const sliver = 200;
    for (let top = 0, n = 1; top < height; n += 1) {
      const piece = height - top <= tile + sliver ? height - top : tile;
      await page.screenshot({
        path: path.join(OUT, `${language}-${size}`, `${name}-${n}.png`),
        fullPage: true,
        clip: { x: 0, y: top, width, height: piece },
      });
      top += piece;
    }
  };
  // Exact: "Next lesson" holds the word "Next" too.
  const next = () => page.getByRole('button', { name: t('nav.next'), exact: true }).click();
  if (!THERAPY) throw new Error('the sickle cell example is not shipped');
  // The lessons this parent reads for this therapy: the general ones and the therapy's own.
  const lessons = lessonsForProtocol(LESSONS, THERAPY, 'parent');
  // Each run starts the folder afresh: a picture the app no longer gives (a page fewer) must not stay behind.
  rmSync(path.join(OUT, `${language}-${size}`), { recursive: true, force: true });
  mkdirSync(path.join(OUT, `${language}-${size}`), { recursive: true });

  // Today held still, so the timeline's pictures mark the same day among the same dates at every run.
  await page.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
  await page.getByRole('combobox').selectOption(language);
  for (let n = 100; n < size; n += 25)
    await page.getByRole('button', { name: t('display.larger') }).click();
  await page.getByRole('radio', { name: t('welcome.roles.parent'), exact: true }).check();
  await page.getByLabel(t('welcome.helperNameLabel'), { exact: true }).fill(NAMES[language].helper);
  await page
    .getByLabel(t('welcome.patientNameLabel'), { exact: true })
    .fill(NAMES[language].patient);
  await page
    .getByRole('group', { name: t('welcome.therapyLabel') })
    .getByRole('radio', { name: THERAPY.title[language] })
    .check();
  await shot('01-welcome');
  await next();

  await page
    .getByRole('button', { name: t('learn.flag') })
    .first()
    .click();
  await page.getByText(t('learn.more')).first().click();
  await shot('02-learn-first-lesson');
  const word = page.locator('button.term').first();
  await word.click();
  await shot('02-learn-word-explained');
  await page.keyboard.press('Escape');
  for (let n = 1; n < lessons.length; n += 1) {
    await page.getByRole('button', { name: t('learn.nextLesson') }).click();
    await expect(
      page.getByText(
        localeText(language, 'app', 'learn.lessonOf', { current: n + 1, total: lessons.length }),
      ),
    ).toBeVisible();
    await shot(`02-learn-lesson-${n + 1}`);
  }
  await next();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('checklist.heading'));

  // Two key dates known and one not, and a test done: the timeline with each kind of mark.
  const keyDate = (id: string) =>
    resolveText(THERAPY.keyDates.find((d) => d.id === id)?.label ?? {}, language, 'child').text;
  await page.getByLabel(keyDate('cell-collection'), { exact: true }).fill('2027-01-11');
  await page.getByLabel(keyDate('infusion'), { exact: true }).fill('2027-03-01');
  const progress = page.locator('.test-progress').first();
  await progress
    .getByRole('radio', { name: localeText(language, 'checklist', 'progress.done') })
    .check();
  await progress
    .getByLabel(localeText(language, 'checklist', 'progress.doneOn'))
    .fill('2026-11-20');
  await page
    .getByLabel(localeText(language, 'checklist', 'myMedicines.label'))
    .fill(NAMES[language].medicine);
  await page
    .getByRole('button', { name: localeText(language, 'checklist', 'myMedicines.add') })
    .click();
  await shot('03-checklist');
  const timeline = page.getByRole('region', { name: t('timeline.heading') });
  await timeline.screenshot({
    path: path.join(OUT, `${language}-${size}`, '03-checklist-timeline.png'),
  });
  // As Windows' high-contrast themes draw it: system colours only, the marks still told apart by their shapes.
  await page.emulateMedia({ forcedColors: 'active' });
  await timeline.screenshot({
    path: path.join(OUT, `${language}-${size}`, '03-checklist-timeline-forced-colors.png'),
  });
  await page.emulateMedia({ forcedColors: 'none' });
  await next();
  await page.getByRole('radio').first().check();
  await shot('04-health');
  await next();
  await page.getByRole('checkbox').first().check();
  await shot('05-questions');
  await next();
  await shot('06-feelings');
  await next();
  const first = page.getByRole('group').first();
  await first.getByRole('radio').last().check();
  await first.getByRole('button', { name: t('check.answer') }).click();
  await shot('07-check');
  await next();
  await shot('08-review');
  await page
    .getByRole('button', { name: t('review.change') })
    .nth(3)
    .click();
  await shot('08-review-part-open');
  await next();
  await expect(page.getByRole('img').first()).toBeVisible();
  // Every page drawn: the preview stops saying the handout is on its way.
  await expect(page.locator('.preview-area')).toHaveAttribute('aria-busy', 'false', {
    timeout: 60_000,
  });
  await shot('09-handout');
}

for (const language of LANGUAGES) {
  for (const size of [100, 200] as const) {
    test(`every step in ${language} at ${size}% text`, async ({ app }) => {
      await photographEveryStep(app.page, language, size);
    });
  }
}

test.describe('a kiosk', () => {
  test.use({
    clinicFile: clinicFile(
      { mode: 'kiosk', kioskIdleMinutes: 1, ...CLINIC_CONTACT },
      STAFF_PIN_HASH,
    ),
  });

  for (const language of LANGUAGES) {
    test(`the start screen and the idle warning in ${language}`, async ({ app }) => {
      const { page } = app;
      const folder = path.join(OUT, `kiosk-${language}`);
      rmSync(folder, { recursive: true, force: true });
      mkdirSync(folder, { recursive: true });
      await page.clock.install();
      await page.getByRole('combobox').selectOption(language);
      await page.screenshot({ path: path.join(folder, '01-start.png') });
      await page.getByRole('button', { name: localeText(language, 'app', 'kiosk.start') }).click();
      // Main holds the idle deadline: once it has heard the start, its clock is moved to the warning.
      await expect.poll(() => app.mainTimerDueIn()).toBe(60_000);
      await page.clock.runFor(60_000);
      app.advanceMainClock(60_000);
      await expect(page.getByRole('dialog')).toBeVisible();
      await page.clock.runFor(7_000);
      await page.screenshot({ path: path.join(folder, '02-still-there.png') });
    });
  }
});
