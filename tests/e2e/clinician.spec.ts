import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { LANGUAGES } from '@shared/i18n/languages';
import { localeText } from '../support/locale-text';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { parentToChecklist, pastLessons } from './walkthrough';

const PIN = '482913';
const c = (key: string, values?: Record<string, string>) =>
  localeText('en', 'clinician', key, values);
const EXAMPLE = 'example-sickle-cell-crispr';
/** The shipped example's version: staff saving it make the next one. */
const EXAMPLE_VERSION: number = JSON.parse(
  readFileSync(path.resolve('resources/protocols', `${EXAMPLE}.json`), 'utf8'),
).version;

async function enterWithNewPin(page: Page) {
  await page.getByRole('button', { name: c('nav.enter') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(c('pin.setUpHeading'));
  await page.getByLabel(c('pin.newPin')).fill(PIN);
  await page.getByLabel(c('pin.repeat')).fill(PIN);
  await page.getByRole('button', { name: c('pin.setUp') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(c('protocols.heading'));
}

/** Staff come back to clinician mode with the PIN they set. */
async function enterWithPin(page: Page) {
  await page.getByRole('button', { name: c('nav.enter') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(c('pin.heading'));
  await page.getByLabel(c('pin.pin'), { exact: true }).fill(PIN);
  await page.getByRole('button', { name: c('pin.unlock') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(c('protocols.heading'));
}

// Clinician mode on a new computer, in one app start: each check is a step of its own, named for what it shows.
test('clinician mode on a new computer: its PIN, axe on every view, and the editor marking what is missing', async ({
  app,
}) => {
  // Each of its three checks keeps the minute it had as a test of its own.
  test.setTimeout(3 * 60_000);
  const { page } = app;
  await test.step('axe finds no WCAG 2.2 AA problem in clinician mode: the PIN set-up', async () => {
    await page.getByRole('button', { name: c('nav.enter') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(c('pin.setUpHeading'));
    expect(await axeViolations(page), 'PIN set-up').toEqual([]);
  });
  await test.step('staff set a PIN, not one too easy to guess; a wrong PIN is refused with the tries left; the right one unlocks', async () => {
    await page.getByLabel(c('pin.newPin')).fill('123456');
    await page.getByLabel(c('pin.repeat')).fill('123456');
    await page.getByRole('button', { name: c('pin.setUp') }).click();
    await expect(page.getByRole('alert')).toHaveText(c('pin.guessable'));
    await page.getByLabel(c('pin.newPin')).fill(PIN);
    await page.getByLabel(c('pin.repeat')).fill(PIN);
    await page.getByRole('button', { name: c('pin.setUp') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(c('protocols.heading'));
    await page.getByRole('button', { name: c('nav.lockAndLeave') }).click();
    await page.getByRole('button', { name: c('nav.enter') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(c('pin.heading'));
    await page.getByLabel(c('pin.pin'), { exact: true }).fill('111111');
    await page.getByRole('button', { name: c('pin.unlock') }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'tries left' })).toContainText('4');
    await page.getByLabel(c('pin.pin'), { exact: true }).fill(PIN);
    await page.getByRole('button', { name: c('pin.unlock') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(c('protocols.heading'));
  });
  await test.step('axe finds no WCAG 2.2 AA problem in clinician mode: every view', async () => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(c('protocols.heading'));
    expect(await axeViolations(page), 'protocol list').toEqual([]);
    await page.getByRole('button', { name: c('protocols.editOne', { id: EXAMPLE }) }).click();
    expect(await axeViolations(page), 'editor').toEqual([]);
    await page.getByRole('button', { name: c('editor.view.history') }).click();
    expect(await axeViolations(page), 'versions').toEqual([]);
    await page.getByRole('button', { name: c('nav.plan') }).click();
    expect(await axeViolations(page), 'patient plan').toEqual([]);
    await page.getByRole('button', { name: c('nav.settings') }).click();
    expect(await axeViolations(page), 'settings').toEqual([]);
  });
  await test.step('the editor marks missing translations and lists problems before saving', async () => {
    await page.getByRole('button', { name: c('nav.protocols') }).click();
    await page.getByRole('button', { name: c('protocols.editOne', { id: EXAMPLE }) }).click();
    await page.getByRole('button', { name: c('list.add', { item: c('items.test') }) }).click();
    await expect(page.getByText(c('fields.englishRequired')).first()).toBeVisible();
    await expect(page.getByText(c('fields.missingTranslation')).first()).toBeVisible();
    await expect(
      page.getByRole('alert').filter({ hasText: 'must be fixed before saving' }),
    ).toContainText('tests.3.name.en');
    await expect(page.getByRole('button', { name: c('editor.save') })).toBeDisabled();
  });
});

// What staff change on a new computer, in one app start: packs, the clinic's settings, a protocol of their own, and
// a patient's plan, which ends on the patient's walk.
test("staff exchange packs, enter the clinic settings and create a protocol; staff save a patient's plan; the patient opens it and starts with it", async ({
  app,
}) => {
  // Each of its four checks keeps the minute it had as a test of its own.
  test.setTimeout(4 * 60_000);
  const { page } = app;
  await enterWithNewPin(page);
  await test.step('a pack with errors is refused with every problem shown; a good pack imports; selected protocols export', async () => {
    const exported = path.join(app.saveDir, 'exported-pack.json');
    await page.getByRole('checkbox', { name: c('protocols.selectOne', { id: EXAMPLE }) }).check();
    await app.answerSaveDialog(exported);
    await page.getByRole('button', { name: /Export 1 selected protocol/ }).click();
    await expect(page.getByText(/Exported 1 protocol to exported-pack\.json/)).toBeVisible();

    const pack = JSON.parse(readFileSync(exported, 'utf8'));
    pack.protocols[0].id = 'north-clinic-sickle-cell';
    pack.protocols[0].medications[0].action = 'double';
    pack.protocols[0].tests[1].timing.keyDate = 'nowhere';
    const bad = path.join(app.saveDir, 'bad-pack.json');
    writeFileSync(bad, JSON.stringify(pack));
    await app.answerOpenDialog(bad);
    await page.getByRole('button', { name: c('packs.import') }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'The pack was not imported' });
    await expect(problems).toContainText('protocols[0].medications[0].action');
    await expect(problems).toContainText('protocols[0].tests[1].timing.keyDate');
    await expect(
      page.getByRole('button', {
        name: c('protocols.editOne', { id: 'north-clinic-sickle-cell' }),
      }),
    ).toHaveCount(0);

    pack.protocols[0].medications[0].action = 'pause';
    pack.protocols[0].tests[1].timing.keyDate = 'cell-collection';
    const good = path.join(app.saveDir, 'good-pack.json');
    writeFileSync(good, JSON.stringify(pack));
    await app.answerOpenDialog(good);
    await page.getByRole('button', { name: c('packs.import') }).click();
    await expect(page.getByText('Pack imported: 1 added, 0 replaced.')).toBeVisible();
    await expect(
      page.getByRole('button', {
        name: c('protocols.editOne', { id: 'north-clinic-sickle-cell' }),
      }),
    ).toBeVisible();
  });
  await test.step('clinic settings are saved only with the clinic name and both phone numbers, each one missing said next to it', async () => {
    await page.getByRole('button', { name: c('nav.settings') }).click();
    // A new computer's settings are empty: they load, and saving them says what is missing.
    await expect(page.getByLabel(c('settings.clinicName'))).toHaveValue('');
    await page.getByLabel(c('settings.clinicName')).fill('North Clinic');
    await page.getByLabel(c('settings.phoneAfterHours')).fill('555-0199');
    await page.getByRole('button', { name: c('settings.save') }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: c('settings.missing_one', { count: '1' }) }),
    ).toBeVisible();
    await expect(page.getByLabel(c('settings.phoneOfficeHours'))).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(page.getByLabel(c('settings.phoneOfficeHours'))).toHaveAccessibleDescription(
      c('settings.required'),
    );
    await expect(page.getByLabel(c('settings.clinicName'))).not.toHaveAttribute('aria-invalid');
    await expect(page.getByText(c('settings.saved'))).toHaveCount(0);
    expect(await axeViolations(page), 'settings with a field missing').toEqual([]);
    // Nothing was saved: the form read again from main is still empty.
    await page.getByRole('button', { name: c('nav.protocols') }).click();
    await page.getByRole('button', { name: c('nav.settings') }).click();
    await expect(page.getByLabel(c('settings.clinicName'))).toHaveValue('');

    await page.getByLabel(c('settings.clinicName')).fill('North Clinic');
    await page.getByLabel(c('settings.phoneOfficeHours')).fill('555-0100');
    await page.getByLabel(c('settings.phoneAfterHours')).fill('555-0199');
    await page.getByRole('button', { name: c('settings.save') }).click();
    await expect(page.getByText(c('settings.saved'))).toBeVisible();
    await page.getByRole('button', { name: c('nav.protocols') }).click();
    await page.getByRole('button', { name: c('nav.settings') }).click();
    await expect(page.getByLabel(c('settings.clinicName'))).toHaveValue('North Clinic');
  });
  await test.step('staff create a new protocol, fill it in and offer it to patients', async () => {
    await page.getByRole('button', { name: c('nav.protocols') }).click();
    await page.getByRole('button', { name: c('protocols.new') }).click();
    await page.getByLabel(c('protocols.newIdLabel')).fill('north-clinic-new');
    await page.getByLabel(c('protocols.newTitle')).fill('North Clinic new therapy');
    await page.getByRole('button', { name: c('protocols.create') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('North Clinic new therapy');
    await page.getByRole('button', { name: c('list.add', { item: c('items.question') }) }).click();
    await page
      .getByRole('group', { name: c('fields.question') })
      .getByRole('textbox', { name: 'English', exact: true })
      .fill('How long will recovery take?');
    // Every item needs its source before it can be saved.
    await expect(page.getByRole('button', { name: c('editor.save') })).toBeDisabled();
    await page.getByLabel(c('fields.citation')).fill('North Clinic patient education team');
    await expect(page.getByRole('button', { name: c('editor.save') })).toBeDisabled();
    await page
      .getByLabel(c('fields.secondaryReason'))
      .fill('Our own teaching sheet: no label covers recovery time');
    await page.getByRole('button', { name: c('editor.save') }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved as version 2' })).toBeVisible();
    await page.getByRole('button', { name: c('nav.lockAndLeave') }).click();
    await expect(page.getByRole('radio', { name: 'North Clinic new therapy' })).toBeVisible();
  });
  await test.step("staff save a patient's plan; the patient opens it and starts with it", async () => {
    await enterWithPin(page);
    await page.getByRole('button', { name: c('nav.plan') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(c('plan.heading'));
    await page.getByLabel(c('plan.protocol')).selectOption(EXAMPLE);
    await page.getByLabel(c('plan.firstName')).fill('Zoë');
    await page.getByLabel('stem-cell collection').fill('2027-02-01');
    await page.getByRole('checkbox', { name: /hydroxyurea/ }).uncheck();
    const planFile = path.join(app.saveDir, 'zoe-plan.json');
    await app.answerSaveDialog(planFile);
    await page.getByRole('button', { name: c('plan.export') }).click();
    await expect(page.getByText(c('plan.saved', { fileName: 'zoe-plan.json' }))).toBeVisible();
    await page.getByRole('button', { name: c('nav.lockAndLeave') }).click();

    await app.answerOpenDialog(planFile);
    await page.getByRole('button', { name: localeText('en', 'app', 'plan.open') }).click();
    // The clinic's name was saved above, so the plan says where it comes from.
    await expect(page.getByRole('status').filter({ hasText: 'plan' })).toContainText(
      localeText('en', 'app', 'plan.openedFrom', { clinic: 'North Clinic' }),
    );
    await expect(page.getByLabel(localeText('en', 'app', 'welcome.nameLabel'))).toHaveValue('Zoë');
    await page
      .getByRole('radio', { name: localeText('en', 'app', 'welcome.roles.patient'), exact: true })
      .check();
    await page.getByRole('button', { name: localeText('en', 'app', 'nav.next') }).click();
    await pastLessons(page);
    await expect(page.getByLabel('stem-cell collection')).toHaveValue('2027-02-01');
    await expect(page.getByText('Pause hydroxyurea')).toHaveCount(0);
  });
});

/** The protocol ids in the order the staff list shows them, once it has loaded. */
async function staffOrder(page: Page) {
  await expect(
    page.getByRole('button', { name: c('protocols.editOne', { id: EXAMPLE }) }),
  ).toBeVisible();
  return page
    .locator('.protocol-table tbody code')
    .evaluateAll((codes) => codes.map((code) => code.textContent.split(' · ')[0]));
}
/** The protocol ids in the order patients are offered them, once the welcome step shows them. */
async function patientOrder(page: Page) {
  const radios = page
    .getByRole('group', { name: localeText('en', 'app', 'welcome.therapyLabel') })
    .getByRole('radio');
  await expect(radios.first()).toBeVisible();
  return radios.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

// Both edit a shipped example and then look at it as a patient, so they share one app start.
test('staff edit an example, are asked before saving what it leaves behind, see old and new values, and the protocol keeps its place; staff write how a text reads to a parent, and a parent reads it so', async ({
  app,
}) => {
  // Two tests' work, so twice their time limit (which only catches a hang).
  test.setTimeout(120_000);
  const { page } = app;
  const patientsSaw = await patientOrder(page);
  expect(patientsSaw.indexOf(EXAMPLE)).toBeLessThan(patientsSaw.length - 1);
  await enterWithNewPin(page);
  const staffSaw = await staffOrder(page);
  expect(staffSaw).toEqual(patientsSaw);
  await page.getByRole('button', { name: c('protocols.editOne', { id: EXAMPLE }) }).click();
  const title = page
    .getByRole('group', { name: c('fields.title') })
    .getByRole('textbox', { name: 'English', exact: true });
  const oldTitle = await title.inputValue();
  await title.fill('Sickle cell gene therapy at North Clinic');
  const firstRule = page.locator('li.item').filter({
    has: page.getByRole('button', {
      name: c('list.remove', {
        name: c('list.itemName', { item: c('items.medication'), number: '1' }),
      }),
    }),
  });
  await firstRule.getByLabel(c('fields.amount')).fill('10');

  // Other languages keep the old title and the example mark is still on: staff are asked, and going back saves nothing.
  await page.getByRole('button', { name: c('editor.save') }).click();
  const asked = page.getByRole('alertdialog', { name: c('editor.warnings.heading') });
  await expect(asked).toContainText(
    c('editor.warnings.titleTranslations', {
      languages: LANGUAGES.filter((l) => l !== 'en')
        .map((l) => localeText(l, 'app', 'languageName'))
        .join(', '),
    }),
  );
  await expect(asked).toContainText(
    c('editor.warnings.stillExample', { field: c('fields.isExample') }),
  );
  expect(await axeViolations(page), 'the question before saving').toEqual([]);
  await asked.getByRole('button', { name: c('editor.warnings.back') }).click();
  await expect(asked).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Saved as version' })).toHaveCount(0);
  await page.getByRole('button', { name: c('editor.save') }).click();
  await asked.getByRole('button', { name: c('editor.warnings.saveAnyway') }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Saved as version ${EXAMPLE_VERSION + 1}` }),
  ).toBeVisible();

  await page.getByRole('button', { name: c('editor.view.history') }).click();
  await page
    .getByRole('button', {
      name: c('history.compare', {
        from: String(EXAMPLE_VERSION),
        to: String(EXAMPLE_VERSION + 1),
      }),
    })
    .click();
  await expect(
    page.getByText(c('changes.changedDetails', { fields: c('changedFields.title') })),
  ).toBeVisible();
  await expect(
    page.getByText(`title (English): “${oldTitle}” → “Sickle cell gene therapy at North Clinic”`),
  ).toBeVisible();
  await expect(
    page.getByText(
      /^timing: By a deadline \(that day or earlier\): At least 8 weeks before .+ → By a deadline \(that day or earlier\): At least 10 weeks before /,
    ),
  ).toBeVisible();

  await page.getByRole('button', { name: c('editor.view.preview') }).click();
  await expect(
    page.getByLabel(c('editor.previewLabel')).getByText('Sickle cell gene therapy at North Clinic'),
  ).toBeVisible();

  // Saving moved nothing: not in the staff list, not in the list patients choose from.
  await page.getByRole('button', { name: c('editor.close') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(c('protocols.heading'));
  expect(await staffOrder(page)).toEqual(staffSaw);
  await page.getByRole('button', { name: c('nav.lockAndLeave') }).click();
  await expect(
    page.getByRole('radio', { name: 'Sickle cell gene therapy at North Clinic' }),
  ).toBeVisible();
  expect(await patientOrder(page)).toEqual(patientsSaw);

  await test.step('staff write how a text reads to a parent, and a parent reads it so', async () => {
    await enterWithPin(page);
    await page
      .getByRole('button', { name: c('protocols.editOne', { id: 'example-subretinal-eye' }) })
      .click();
    const firstDate = page.getByRole('group', { name: c('fields.keyDateLabel') }).first();
    // The example already has a parent's form, so its part is open.
    const forParent = firstDate
      .getByRole('group', { name: c('fields.voice.child') })
      .getByLabel('English');
    await expect(forParent).toHaveValue("surgery on your child's first eye");
    await forParent.fill("your child's first eye surgery");
    await page.getByRole('button', { name: c('editor.save') }).click();
    // The example mark is still on, so staff are asked first.
    await page.getByRole('button', { name: c('editor.warnings.saveAnyway') }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved as version' })).toBeVisible();
    await page.getByRole('button', { name: c('nav.lockAndLeave') }).click();

    await parentToChecklist(page, /under the retina/);
    await expect(page.getByLabel("your child's first eye surgery")).toBeVisible();
  });
});

test.describe('with an organization managed pack', () => {
  test.use({
    managedPack: readFileSync(path.resolve('tests/fixtures/packs/managed-pack.json'), 'utf8'),
  });

  test('its protocols are read-only in the editor and are what patients get', async ({ app }) => {
    const { page } = app;
    await expect(
      page.getByRole('radio', { name: 'Sickle cell gene therapy (organization version)' }),
    ).toBeVisible();
    await enterWithNewPin(page);
    await expect(page.getByText(/come from your organization's managed pack/)).toBeVisible();
    await page.getByRole('button', { name: c('protocols.viewOne', { id: EXAMPLE }) }).click();
    await expect(page.getByText(c('editor.managed'))).toBeVisible();
    await expect(page.getByRole('button', { name: c('editor.save') })).toHaveCount(0);
    await expect(
      page
        .getByLabel(c('editor.previewLabel'))
        .getByText('Sickle cell gene therapy (organization version)'),
    ).toBeVisible();
  });
});
