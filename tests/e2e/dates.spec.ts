import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadProtocolFolder } from '../../src/main/protocol/example-protocols';
import { translatorsFrom } from '../../src/main/i18n/translators';
import { timelineItems } from '@shared/dates/timeline-items';
import { resolveText } from '@shared/schemas/localized-text';
import { expectedEvent, readCalendar } from '../support/calendar-events';
import { addDays, calendarDateOf, formatCalendarDate } from '@shared/dates/calendar-date';
import { localeText } from '../support/locale-text';
import { pdfTextAboveFooters, searchable } from '../support/pdf-tools';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { expectSameOnPaper, listedItems } from './screen-and-paper';
import { LESSONS, pastAttract, pastLessons } from './walkthrough';
import { clinicFile } from '../support/clinic-file';
import { CLINIC_CONTACT } from '../support/clinic-contact';

const t = (key: string, values?: Record<string, string>) => localeText('en', 'app', key, values);
const ck = (key: string, values?: Record<string, string>) =>
  localeText('en', 'checklist', key, values);

// All three are about the checklist step, so they share one app start and walk there once.
test("key dates the patient enters turn into dates to act on, unknown ones are never guessed; the patient's own medicines are matched to the checklist, and the rest are to discuss; a test done or booked on an unlikely day is pointed out", async ({
  app,
}) => {
  // Three tests' work, so three times their time limit (which only catches a hang).
  test.setTimeout(180_000);
  const { page } = app;
  await page.getByRole('radio', { name: t('welcome.roles.patient'), exact: true }).check();
  await page.getByLabel(t('welcome.nameLabel')).fill('Ana');
  await page.getByRole('radio', { name: /sickle cell/ }).check();
  await page.getByRole('button', { name: t('nav.next') }).click();
  await pastLessons(page);

  await test.step('key dates the patient enters turn into dates to act on; unknown ones are never guessed', async () => {
    // The checklist's own item; the timeline above it names the rule too.
    const medicines = page.getByRole('region', { name: t('checklist.medicines'), exact: true });
    const hydroxyurea = medicines.getByRole('listitem').filter({ hasText: 'Pause hydroxyurea' });
    await expect(hydroxyurea).toContainText(ck('due.unknown', { keyDate: 'stem-cell collection' }));

    const today = calendarDateOf(new Date());
    const collection = addDays(today, 100);
    await page.getByLabel('stem-cell collection').fill(collection);
    await expect(hydroxyurea).toContainText(
      ck('due.by', { date: formatCalendarDate(addDays(collection, -56), 'en') }),
    );
    await expect(hydroxyurea).not.toContainText(ck('due.passed'));

    await page.getByLabel('stem-cell collection').fill(addDays(today, 20));
    await expect(hydroxyurea).toContainText(ck('due.passed'));
    // The timeline flags it on the item itself, in the same words.
    const onTimeline = page
      .getByRole('region', { name: t('timeline.heading') })
      .getByRole('listitem')
      .filter({ hasText: 'Pause hydroxyurea' });
    await expect(onTimeline.locator('.timeline-passed')).toHaveText(ck('due.passed'));

    // The dates are part of the session: they are still there after going back and forth.
    // Back goes to the last lesson, where the patient left the lessons.
    await page.getByRole('button', { name: t('nav.back') }).click();
    await expect(
      page.getByText(
        t('learn.lessonOf', { current: String(LESSONS.length), total: String(LESSONS.length) }),
      ),
    ).toBeVisible();
    await page.getByRole('button', { name: t('nav.next') }).click();
    await expect(page.getByLabel('stem-cell collection')).toHaveValue(addDays(today, 20));
    await expect(
      medicines.getByRole('listitem').filter({ hasText: 'Pause iron chelators' }),
    ).toContainText(ck('due.unknown', { keyDate: 'conditioning chemotherapy' }));
  });

  await test.step("the patient's own medicines are matched to the checklist, and the rest are to discuss", async () => {
    const field = page.getByLabel(ck('myMedicines.label'));
    for (const name of ['HYDREA 500 mg', 'hydroxyurae', 'lisinopril']) {
      await field.fill(name);
      await field.press('Enter');
    }
    const list = page.getByRole('region', { name: ck('myMedicines.heading') });
    await expect(list.getByRole('listitem').filter({ hasText: 'HYDREA 500 mg' })).toContainText(
      'Your checklist mentions this medicine',
    );
    await expect(list.getByRole('listitem').filter({ hasText: 'hydroxyurae' })).toContainText(
      'Did you mean hydroxyurea?',
    );
    await expect(list.getByRole('listitem').filter({ hasText: 'lisinopril' })).toContainText(
      ck('myMedicines.toDiscuss'),
    );
    await expect(list).toContainText(ck('neverStopAlone'));
    // Removing asks first; keeping it is the default.
    await list
      .getByRole('button', { name: ck('myMedicines.removeOne', { name: 'lisinopril' }) })
      .click();
    const dialog = page.getByRole('dialog', { name: localeText('en', 'app', 'confirm.heading') });
    await expect(dialog).toContainText(ck('myMedicines.confirmRemove', { name: 'lisinopril' }));
    await expect(
      dialog.getByRole('button', { name: localeText('en', 'app', 'confirm.keep') }),
    ).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(list.getByRole('listitem').filter({ hasText: 'lisinopril' })).toHaveCount(1);
    await list
      .getByRole('button', { name: ck('myMedicines.removeOne', { name: 'lisinopril' }) })
      .click();
    await dialog.getByRole('button', { name: ck('myMedicines.remove') }).click();
    await expect(list.getByRole('listitem').filter({ hasText: 'lisinopril' })).toHaveCount(0);
  });
  await test.step('a test "done" on a day still to come, or "booked" for a day gone by, is pointed out', async () => {
    const today = calendarDateOf(new Date());
    const progress = page.getByRole('group', { name: /^Where you are with/ }).first();
    await progress.getByRole('radio', { name: ck('progress.done') }).check();
    const done = progress.getByLabel(ck('progress.doneOn'));
    await done.fill(addDays(today, 3));
    await expect(done).toHaveAccessibleDescription(
      `${formatCalendarDate(addDays(today, 3), 'en')} ${ck('dateNotes.doneInFuture')}`,
    );
    await done.fill(addDays(today, -3));
    await expect(progress.getByText(ck('dateNotes.doneInFuture'))).toHaveCount(0);
    await progress.getByRole('radio', { name: ck('progress.scheduled') }).check();
    await expect(progress.getByLabel(ck('progress.bookedFor'))).toHaveAccessibleDescription(
      `${formatCalendarDate(addDays(today, -3), 'en')} ${ck('dateNotes.bookedInPast')}`,
    );
  });
});

test('in Chinese, each date is said in words beside its field, and a key date out of order gets a calm note there, on the review and on the paper; the timeline puts them in order', async ({
  app,
}) => {
  const { page } = app;
  const zh = (namespace: string, key: string, values?: Record<string, string>) =>
    localeText('zh', namespace, key, values);
  // The notes are as of the page's today, held still; the answers are seeded as the walkthrough would save them.
  await page.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
  const keyDates = {
    'cell-collection': '2027-01-11',
    lymphodepletion: '2027-02-10',
    infusion: '2027-02-06',
  };
  const seed = (patch: Record<string, unknown>) =>
    page.evaluate(
      (p) =>
        (
          window as unknown as { gtc: { updateSession(patch: unknown): Promise<unknown> } }
        ).gtc.updateSession(p),
      patch,
    );
  await seed({
    language: 'zh',
    role: 'patient',
    firstName: '安',
    protocolId: 'example-car-t',
    keyDates,
    step: 'checklist',
  });
  await app.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh('app', 'checklist.heading'));

  const collection = page.getByLabel('采集您的细胞');
  await expect(collection).toHaveAccessibleDescription(
    formatCalendarDate(keyDates['cell-collection'], 'zh'),
  );
  await expect(
    page
      .getByRole('group', { name: zh('checklist', 'keyDates.heading') })
      .getByText(formatCalendarDate(keyDates['cell-collection'], 'zh'), { exact: true }),
  ).toBeVisible();
  const note = zh('checklist', 'dateNotes.beforeEarlierKeyDate', {
    keyDate: '帮助身体做好准备的短期化疗',
    date: formatCalendarDate(keyDates.lymphodepletion, 'zh'),
  });
  await expect(page.getByLabel('输注', { exact: true })).toHaveAccessibleDescription(
    `${formatCalendarDate(keyDates.infusion, 'zh')} ${note}`,
  );
  await expect(page.getByLabel('帮助身体做好准备的短期化疗')).toHaveAccessibleDescription(
    formatCalendarDate(keyDates.lymphodepletion, 'zh'),
  );
  // The timeline puts the dates entered in their order, today (held still) before them.
  const timeline = page.getByRole('region', { name: zh('app', 'timeline.heading') });
  await expect(timeline.locator('[aria-current="date"]')).toHaveText(
    zh('app', 'timeline.today') + formatCalendarDate('2026-12-01', 'zh'),
  );
  await expect(
    timeline.getByRole('listitem').filter({ hasText: zh('app', 'timeline.kinds.keyDate') }),
  ).toContainText(
    [keyDates['cell-collection'], keyDates.infusion, keyDates.lymphodepletion].map((date) =>
      formatCalendarDate(date, 'zh'),
    ),
  );
  const onChecklist = await timeline.getByRole('listitem').allTextContents();
  expect(await axeViolations(page), 'checklist with a date noted').toEqual([]);

  await seed({ step: 'review' });
  await app.reload();
  // The review opens, then draws the therapy's parts once main has sent it: each wait in its own time.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh('app', 'review.heading'));
  const notes = page.getByRole('region', { name: zh('checklist', 'dateNotes.heading') });
  await expect(notes.getByRole('listitem')).toHaveText([
    zh('app', 'review.itemWithStatus', {
      item: zh('checklist', 'dateNotes.keyDateField', { keyDate: '输注' }),
      status: note,
    }),
  ]);
  // The review's timeline is the handout's list, item for item the checklist's.
  const reviewTimeline = page.getByRole('region', { name: zh('app', 'timeline.heading') });
  expect(await reviewTimeline.getByRole('listitem').allTextContents()).toEqual(onChecklist);
  const timelineLabels = await reviewTimeline
    .locator('li:not([aria-current]) .timeline-what')
    .allTextContents();
  expect(await axeViolations(page), 'review with a date noted').toEqual([]);

  // The handout says the same, word for word, under its own calm heading.
  const onReview = await listedItems(notes);
  await page.getByRole('button', { name: zh('app', 'nav.next') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh('app', 'handout.heading'));
  const target = path.join(app.saveDir, 'dates-zh.pdf');
  // Compared line by line with the paper in Chinese alone (see personas.spec.ts).
  await page.getByLabel(zh('app', 'handout.secondLanguage')).selectOption('none');
  await app.answerSaveDialog(target);
  await page.getByRole('button', { name: zh('app', 'handout.save') }).click();
  await expect(
    page.getByText(zh('app', 'handout.saved', { fileName: path.basename(target) })),
  ).toBeVisible();
  const paper = pdfTextAboveFooters(target);
  expect(searchable(paper)).toContain(searchable(zh('handout', 'dateNotesHeading')));
  expectSameOnPaper(onReview, paper);
  // Every item of the timeline is on the paper in the same words.
  expectSameOnPaper(timelineLabels, paper);
});

test('"Add to my calendar" on the review saves the dated items as a calendar file at home, and a kiosk does not offer it', async ({
  app,
}) => {
  // "Today" held still, as the calendar file and the timeline count from it.
  await app.page.clock.setFixedTime(new Date('2026-12-01T10:00:00'));
  const patient = {
    role: 'patient',
    firstName: 'Ana',
    protocolId: 'example-sma-aav9',
    keyDates: { infusion: '2027-01-04' },
  } as const;
  const seed = () =>
    app.page.evaluate(
      (p) =>
        (
          window as unknown as { gtc: { updateSession(patch: unknown): Promise<unknown> } }
        ).gtc.updateSession(p),
      { ...patient, step: 'review' },
    );
  await seed();
  await app.reload();
  const { page } = app;
  const target = path.join(app.saveDir, 'dates.ics');
  await app.answerSaveDialog(target);
  await page.getByRole('button', { name: t('calendar.button') }).click();
  await expect(page.getByRole('status').filter({ hasText: 'dates.ics' })).toHaveText(
    t('calendar.saved', { fileName: '\u2068dates.ics\u2069' }),
  );
  const sma = loadProtocolFolder(path.resolve('resources/protocols')).find(
    (p) => p.id === patient.protocolId,
  )!;
  const items = timelineItems(
    sma,
    patient,
    '2026-12-01',
    translatorsFrom(path.resolve('locales'))('en'),
    (value) => resolveText(value, 'en').text,
  );
  const { events } = readCalendar(readFileSync(target, 'utf8'));
  expect(events.map((event) => [event.uid, event.start, event.end])).toEqual(
    items
      .map(expectedEvent)
      .flatMap((event) => (event ? [[event.uid, event.start, event.end]] : [])),
  );

  // The same answers on a clinic's kiosk: the dates are on the review, the button is not.
  writeFileSync(
    path.join(app.dataDir, 'clinic.json'),
    clinicFile({ mode: 'kiosk', ...CLINIC_CONTACT }),
  );
  await app.restart();
  await pastAttract(app.page);
  await seed();
  await app.reload();
  await app.page.getByRole('button', { name: t('kiosk.start') }).click();
  await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(t('review.heading'));
  await expect(
    app.page.getByRole('region', { name: ck('keyDates.heading'), exact: true }),
  ).toBeVisible();
  await expect(app.page.getByRole('button', { name: t('calendar.button') })).toHaveCount(0);
});
