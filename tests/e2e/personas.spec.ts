import path from 'node:path';
import { loadProtocolFolder } from '../../src/main/protocol/example-protocols';
import { loadGlossary } from '../../src/main/content/glossary-file';
import { lessonsForProtocol } from '@shared/content/lessons-for-protocol';
import { addDays, calendarDateOf, formatCalendarDate } from '@shared/dates/calendar-date';
import { LANGUAGES, textDirection, type Language } from '@shared/i18n/languages';
import type { Protocol } from '@shared/protocol/protocol';
import { resolveText, type LocalizedText } from '@shared/schemas/localized-text';
import type { Role } from '@shared/schemas/session';
import { voiceOf } from '@shared/i18n/voice';
import { localeText } from '../support/locale-text';
import { pdfFonts, pdfTextAboveFooters, searchable } from '../support/pdf-tools';
import { axeViolations } from './axe';
import { expect, test, type AppUnderTest } from './fixtures';
import { expectSameOnPaper, listedItems, reviewItems } from './screen-and-paper';
import { expectNoSidewaysScrolling, largestText, LESSONS, pastLessons } from './walkthrough';

const PROTOCOLS = loadProtocolFolder(path.resolve('resources/protocols'));
const STANDARD_14 = /^(Times|Helvetica|Courier|Symbol|ZapfDingbats)/;

/** What one person types and picks on the way through; every answer must come out on their handout. */
interface Person {
  story: string;
  protocolId: string;
  role: Role;
  helperName?: string;
  firstName: string;
  /** Days from today to the treatment, so the dates stay ahead of the person whatever day the test runs. */
  treatmentInDays: number;
  /** Typed as a person would: exact names, near misses ("Medroll"), names no rule knows. */
  medicines: string[];
  ownQuestion: string;
  worries: string;
  health: 'liver' | 'infections' | 'allergies';
  readiness: 'ready' | 'want-to-talk-first';
  /**
   * One journey in each language also runs axe (WCAG 2.2 AA) on every step, in the states a person leaves it in,
   * and on the welcome step showing its errors and the review with a part open to change.
   */
  axe?: true;
}

/** The nine persona journeys (three people, each in en, es and ar), a caregiver's in en and vi and a Chinese one; each language scanned by axe once. */
const PERSONAS: Record<string, Partial<Record<Language, Person>>> = {
  hemophilia: {
    en: {
      story: 'an adult with hemophilia B preparing for AAV therapy',
      protocolId: 'example-hemophilia-b-aav',
      role: 'patient',
      firstName: 'Samuel',
      treatmentInDays: 72,
      medicines: ['paracetamol'],
      ownQuestion: 'Can I still play football after the infusion?',
      worries: 'I am afraid my liver will be hurt.',
      health: 'liver',
      readiness: 'ready',
    },
    es: {
      story: 'un adulto con hemofilia B',
      protocolId: 'example-hemophilia-b-aav',
      role: 'patient',
      firstName: 'Mateo Ñúñez-Łukasz',
      treatmentInDays: 72,
      medicines: ['paracetamol'],
      ownQuestion: '¿Podré seguir jugando al fútbol después de la infusión?',
      worries: 'Tengo miedo de que se dañe mi hígado.',
      health: 'liver',
      readiness: 'ready',
    },
    ar: {
      story: 'بالغ مصاب بالهيموفيليا B',
      protocolId: 'example-hemophilia-b-aav',
      role: 'patient',
      firstName: 'سامي',
      treatmentInDays: 72,
      medicines: ['باراسيتامول'],
      ownQuestion: 'هل أستطيع أن ألعب كرة القدم بعد التسريب؟',
      worries: 'أخاف أن يتضرر كبدي.',
      health: 'liver',
      readiness: 'ready',
      axe: true,
    },
  },
  sma: {
    en: {
      story: 'a parent of a child with SMA',
      protocolId: 'example-sma-aav9',
      role: 'parent',
      helperName: 'Maria',
      firstName: 'Leo',
      treatmentInDays: 44,
      medicines: ['vitamin D drops'],
      ownQuestion: 'How do we keep his big sister from catching a cold near him?',
      worries: 'Leo is so small. I worry about the steroid.',
      health: 'infections',
      readiness: 'want-to-talk-first',
    },
    es: {
      story: 'una madre de un niño con AME',
      protocolId: 'example-sma-aav9',
      role: 'parent',
      helperName: 'María',
      firstName: 'Leo',
      treatmentInDays: 44,
      medicines: ['gotas de vitamina D'],
      ownQuestion: '¿Cómo evitamos que su hermana le contagie un resfriado?',
      worries: 'Leo es muy pequeño. Me preocupa el corticoide.',
      health: 'infections',
      readiness: 'want-to-talk-first',
      axe: true,
    },
    ar: {
      story: 'أمّ طفل مصاب بضمور العضلات الشوكي',
      protocolId: 'example-sma-aav9',
      role: 'parent',
      helperName: 'مريم',
      firstName: 'ليو',
      treatmentInDays: 44,
      medicines: ['قطرات فيتامين د'],
      ownQuestion: 'كيف نحمي طفلنا من عدوى أخته الكبرى؟',
      worries: 'ليو صغير جدًا. أخاف من دواء الستيرويد.',
      health: 'infections',
      readiness: 'want-to-talk-first',
    },
  },
  'car-t': {
    en: {
      story: 'an adult preparing for CAR-T',
      protocolId: 'example-car-t',
      role: 'patient',
      firstName: 'Ana',
      treatmentInDays: 86,
      medicines: ['Medroll 4mg', 'tylenol', 'warfarin'],
      ownQuestion: 'Who can drive me home for the first two months?',
      worries: 'I worry about confusion after the cells.',
      health: 'allergies',
      readiness: 'ready',
    },
    es: {
      story: 'una adulta que se prepara para CAR-T',
      protocolId: 'example-car-t',
      role: 'patient',
      firstName: 'Ana',
      treatmentInDays: 86,
      medicines: ['warfarina', 'Tylenol 500'],
      ownQuestion: '¿Quién me puede llevar en coche los dos primeros meses?',
      worries: 'Me preocupa sentirme confundida después.',
      health: 'allergies',
      readiness: 'ready',
    },
    // A name in Latin letters in an Arabic list keeps to the right, with its bullet.
    ar: {
      story: 'بالغة تستعد لعلاج CAR-T',
      protocolId: 'example-car-t',
      role: 'patient',
      firstName: 'هدى',
      treatmentInDays: 86,
      medicines: ['Medroll 4mg', 'وارفارين'],
      ownQuestion: 'من يستطيع أن يوصلني بالسيارة في أول شهرين؟',
      worries: 'أخاف من التشوش بعد العلاج.',
      health: 'allergies',
      readiness: 'ready',
    },
    zh: {
      story: '准备接受 CAR-T 治疗的成年人',
      protocolId: 'example-car-t',
      role: 'patient',
      firstName: '李明',
      treatmentInDays: 86,
      medicines: ['Medroll 4mg'],
      ownQuestion: '头两个月谁能开车送我回家？',
      worries: '我担心输注细胞后会糊涂。',
      health: 'allergies',
      readiness: 'want-to-talk-first',
      axe: true,
    },
  },
  caregiver: {
    en: {
      story: 'a caregiver of an adult with hemophilia B',
      protocolId: 'example-hemophilia-b-aav',
      role: 'caregiver',
      helperName: 'Grace',
      firstName: 'Walter',
      treatmentInDays: 72,
      medicines: ['Tylenol 500', 'panadoll'],
      ownQuestion: 'Can Walter stay at home with me after the infusion?',
      worries: 'Walter forgets his tablets.',
      health: 'liver',
      readiness: 'want-to-talk-first',
      axe: true,
    },
    // Stacked Vietnamese marks (ườ, ứ, ể) in the names and answers, on screen and in the PDF's text.
    vi: {
      story: 'người chăm sóc một người lớn bị bệnh máu khó đông B',
      protocolId: 'example-hemophilia-b-aav',
      role: 'caregiver',
      helperName: 'Hường',
      firstName: 'Đức',
      treatmentInDays: 72,
      medicines: ['Efferalgan 500', 'thuốc bổ gan'],
      ownQuestion: 'Sau buổi truyền, ông Đức có thể ở nhà với tôi không?',
      worries: 'Tôi sợ ông ấy quên uống thuốc và gan bị tổn thương.',
      health: 'liver',
      readiness: 'ready',
      axe: true,
    },
  },
};

const GLOSSARY_TERMS = loadGlossary(path.resolve('resources/glossary/glossary.json')).entries.map(
  (entry) => entry.term,
);

/**
 * A caregiver who types in `language`: the words are its glossary's terms in that language (without what they add in
 * brackets), paired as no shipped text pairs them, so each answer is found on the handout only if it was printed
 * there, in the language's own script.
 */
function caregiverTypingIn(language: Language): Person {
  const term = (text: LocalizedText) =>
    resolveText(text, language).text.replace(/\s*[(（].*?[)）]/gu, '');
  const words = (from: number, count: number) =>
    GLOSSARY_TERMS.slice(from, from + count)
      .map(term)
      .join(' ');
  return {
    story: "a caregiver typing the language's own words",
    protocolId: 'example-hemophilia-b-aav',
    role: 'caregiver',
    helperName: words(0, 2),
    firstName: words(2, 2),
    treatmentInDays: 72,
    medicines: [words(4, 2)],
    ownQuestion: `${words(6, 3)}?`,
    worries: `${words(9, 3)}.`,
    health: 'liver',
    readiness: 'ready',
    axe: true,
  };
}

/**
 * Every shipped language is walked to a handout with axe on every step: by a persona above scanned in it, else by a
 * caregiver typing in it, so a language added to LANGUAGES is walked with no edit here.
 */
const scannedByPersonas = new Set(
  Object.values(PERSONAS).flatMap((byLanguage) =>
    Object.entries(byLanguage)
      .filter(([, person]) => person.axe)
      .map(([language]) => language),
  ),
);
const PEOPLE: Record<string, Partial<Record<Language, Person>>> = {
  ...PERSONAS,
  ...Object.fromEntries(
    LANGUAGES.filter((language) => !scannedByPersonas.has(language)).map((language) => [
      `typing-${language}`,
      { [language]: caregiverTypingIn(language) },
    ]),
  ),
};

/**
 * One person's walk from welcome to a saved handout: every answer they give must be on it, and every item the
 * review shows must be on the paper in the same words.
 */
async function journey(
  app: AppUnderTest,
  who: string,
  language: Language,
  person: Person,
): Promise<void> {
  const { page } = app;
  const protocol = PROTOCOLS.find((p) => p.id === person.protocolId) as Protocol;
  const voice = voiceOf(person.role);
  const t = (key: string, values?: Record<string, string>) =>
    localeText(language, 'app', key, values, voice);
  const c = (key: string, values?: Record<string, string>) =>
    localeText(language, 'checklist', key, values, voice);
  const h = (key: string) => localeText(language, 'handout', key, {}, voice);
  const local = (text: LocalizedText) => resolveText(text, language, voice).text;
  const next = () => page.getByRole('button', { name: t('nav.next') }).click();
  const heading = page.getByRole('heading', { level: 1 });
  const today = calendarDateOf(new Date());
  const treatmentDate = addDays(today, person.treatmentInDays);
  const testDoneOn = addDays(today, -15);
  // The scanned journey of each language is walked at 200% text: nothing may need sideways scrolling.
  const scan = async (state: string) => {
    if (!person.axe) return;
    expect(await axeViolations(page), `axe, ${language}: ${state}`).toEqual([]);
    await expectNoSidewaysScrolling(page, `200% text, ${language}: ${state}`);
  };

  // Welcome: language, who is filling it in, names, therapy.
  await page.getByRole('combobox').selectOption(language);
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.locator('html')).toHaveAttribute('dir', textDirection(language));
  if (person.axe) await largestText(page, language);
  // No medical translator has checked the translations yet, and the app says so in each of them.
  if (language === 'en') await expect(page.locator('.translation-notice')).toHaveCount(0);
  else await expect(page.getByText(t('translationReview.notice'))).toBeVisible();
  await scan('welcome');
  if (person.axe) {
    await next();
    await expect(page.getByRole('alert').first()).toBeVisible();
    await scan('welcome step showing its errors');
  }
  await page.getByRole('radio', { name: t(`welcome.roles.${person.role}`), exact: true }).check();
  if (person.helperName)
    await page.getByLabel(t('welcome.helperNameLabel'), { exact: true }).fill(person.helperName);
  await page
    .getByLabel(t(person.helperName ? 'welcome.patientNameLabel' : 'welcome.nameLabel'), {
      exact: true,
    })
    .fill(person.firstName);
  await page
    .getByRole('group', { name: t('welcome.therapyLabel') })
    .getByRole('radio', { name: local(protocol.title) })
    .check();
  await next();
  await expect(page.getByText(t('progress', { current: '2', total: '9' }))).toBeVisible();

  // Lessons: one part opened to read more and marked "ask my team about this".
  const flagged = LESSONS[0]!.sections[0]!;
  const flaggedPart = page.getByRole('region', { name: local(flagged.heading) });
  await flaggedPart.getByText(t('learn.more'), { exact: true }).click();
  await flaggedPart.getByRole('button', { name: t('learn.flag') }).click();
  await expect(flaggedPart.getByRole('button', { name: t('learn.flagged') })).toBeVisible();
  await scan('a lesson, one part opened and flagged');
  await pastLessons(page, language, lessonsForProtocol(LESSONS, protocol));

  // Checklist: the treatment date, a test done, and a medicine of their own.
  await expect(heading).toHaveText(t('checklist.heading'));
  await expect(heading).toBeFocused();
  // The whole checklist is there: every test and every medicine rule.
  for (const item of protocol.tests)
    await expect(page.getByText(local(item.name), { exact: true }).first()).toBeVisible();
  for (const rule of protocol.medications)
    await expect(page.getByText(local(rule.medicine)).first()).toBeVisible();
  const treatment = protocol.keyDates.at(-1)!;
  await page.getByLabel(local(treatment.label), { exact: true }).fill(treatmentDate);
  const firstTest = protocol.tests[0]!;
  const progress = page.getByRole('group', {
    name: c('progress.legend', { test: local(firstTest.name) }),
  });
  await progress.getByRole('radio', { name: c('progress.done') }).check();
  await progress.getByLabel(c('progress.doneOn')).fill(testDoneOn);
  const myMedicines = page.getByRole('region', { name: c('myMedicines.heading') });
  for (const medicine of person.medicines) {
    await page.getByLabel(c('myMedicines.label')).fill(medicine);
    await page.getByRole('button', { name: c('myMedicines.add') }).click();
    await expect(myMedicines).toContainText(medicine);
  }
  // What this step says about each medicine, which the review and the paper must say too.
  const medicineNotes = await listedItems(myMedicines);
  expect(medicineNotes).toHaveLength(person.medicines.length);
  await scan('checklist');
  await next();

  // Health: one answer to talk about.
  await expect(heading).toHaveText(c('health.heading'));
  const answer = person.health === 'infections' ? 'not-sure' : 'yes';
  await page
    .getByRole('group', { name: c(`health.items.${person.health}.question`) })
    .getByRole('radio', { name: c(`health.${answer}`), exact: true })
    .check();
  await scan('health step');
  await next();

  // Questions: one from the bank, one of their own, which is their top question.
  await expect(heading).toHaveText(t('questions.heading'));
  const bankQuestion = local(protocol.questions[0]!.text);
  await page.getByRole('checkbox', { name: bankQuestion }).check();
  await page.getByLabel(t('questions.ownLabel')).fill(person.ownQuestion);
  await page.getByRole('button', { name: t('questions.add') }).click();
  await page
    .getByRole('group', { name: t('questions.topHeading') })
    .getByRole('checkbox', { name: person.ownQuestion })
    .check();
  await scan('questions step with picks');
  await next();

  await expect(heading).toHaveText(t('feelings.heading'));
  await page.getByLabel(t('feelings.worriesLabel')).fill(person.worries);
  await scan('feelings step');
  await next();

  // Check: the first question answered right, the second missed: a topic to go over.
  await expect(heading).toHaveText(t('teachBack.heading'));
  for (const [check, right] of [
    [LESSONS[0]!.checks[0]!, true],
    [LESSONS[0]!.checks[1]!, false],
  ] as const) {
    const group = page.getByRole('group', { name: local(check.question) });
    await group
      .getByRole('radio', { name: local(check.options.find((o) => o.correct === right)!.text) })
      .check();
    await group.getByRole('button', { name: t('teachBack.answer') }).click();
    await expect(group.getByRole('status')).toContainText(
      t(right ? 'teachBack.right' : 'teachBack.notQuite'),
    );
  }
  await scan('check step with answers explained');
  await next();

  // Review: everything is there, each item as the paper will say it; readiness is chosen here.
  await expect(heading).toHaveText(t('review.heading'));
  const main = page.getByRole('main');
  for (const answerText of [
    person.firstName,
    ...person.medicines,
    person.ownQuestion,
    person.worries,
    c(`health.items.${person.health}.topic`),
    local(flagged.heading),
  ])
    await expect(main).toContainText(answerText);
  const onScreen = await reviewItems(page);
  for (const note of medicineNotes)
    expect(onScreen, 'the checklist step and the review say the same of each medicine').toContain(
      note,
    );
  if (textDirection(language) === 'rtl') {
    // Each typed medicine takes its own direction inside an item that keeps the page's: flush right, bullet and all.
    for (const medicine of person.medicines) {
      const placed = await main.getByText(medicine, { exact: true }).evaluate((name) => {
        const item = name.closest('li') as HTMLElement;
        const style = getComputedStyle(item);
        return {
          direction: style.direction,
          gap:
            item.getBoundingClientRect().right -
            parseFloat(style.paddingRight) -
            name.getBoundingClientRect().right,
        };
      });
      expect(placed.direction, medicine).toBe('rtl');
      expect(Math.abs(placed.gap), medicine).toBeLessThan(2);
    }
  }
  await page.getByRole('radio', { name: t(`handout.readiness.${person.readiness}`) }).check();
  await scan('review');
  if (person.axe) {
    await page
      .getByRole('button', { name: t('review.change') })
      .nth(1)
      .click();
    await expect(page.getByRole('button', { expanded: true })).toHaveText(t('review.done'));
    await scan('review with a part open to change');
  }
  await next();

  await expect(heading).toHaveText(t('handout.heading'));
  if (person.axe) {
    await expect(page.getByRole('img').first()).toBeVisible();
    await scan('handout');
  }
  const target = path.join(app.saveDir, `${who}-${language}.pdf`);
  // The screen is compared line by line with a paper in its one language; that each language's part of a
  // two-language paper is that same paper is proven in tests/unit/main/handout/bilingual-handout.test.ts.
  await page.getByLabel(t('handout.secondLanguage')).selectOption('none');
  await app.answerSaveDialog(target);
  await page.getByRole('button', { name: t('handout.save') }).click();
  await expect(
    page.getByText(t('handout.saved', { fileName: path.basename(target) })),
  ).toBeVisible();

  const paper = pdfTextAboveFooters(target);
  expectSameOnPaper(onScreen, paper);
  const text = searchable(paper);
  const expected = [
    person.firstName,
    ...(person.helperName
      ? [person.helperName, localeText(language, 'handout', `role.${person.role}`)]
      : []),
    person.worries,
    h(`readiness.${person.readiness}`),
    h('myMedicinesHeading'),
    h('walletCard.heading'),
    ...(language === 'ar'
      ? []
      : [formatCalendarDate(treatmentDate, language), formatCalendarDate(testDoneOn, language)]),
  ];
  for (const part of expected) expect(text, part).toContain(searchable(part));
  // Every font is embedded: none left to the reader's computer to guess.
  const fonts = pdfFonts(target);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) {
    expect(font.embedded, font.name).toBe(true);
    expect(font.name.replace(/^[A-Z]{6}\+/, '')).not.toMatch(STANDARD_14);
  }
}

/**
 * A person's walks, as the tests that take them: one after another on the same computer, "Delete my information"
 * between them, at most two to a test and at most one of them scanned, so the work spreads over the workers. A
 * scanned walk comes last, as its 200% text outlives the deletion and would slow an unscanned walk after it.
 */
function walksByTest(
  byLanguage: Partial<Record<Language, Person>>,
): Array<Array<[Language, Person]>> {
  const walks = (Object.entries(byLanguage) as Array<[Language, Person]>).sort(
    ([, a], [, b]) => Number(a.axe ?? false) - Number(b.axe ?? false),
  );
  const tests: Array<Array<[Language, Person]>> = [];
  for (const walk of walks) {
    const last = tests.at(-1);
    if (last && last.length < 2 && !(last.some(([, person]) => person.axe) && walk[1].axe))
      last.push(walk);
    else tests.push([walk]);
  }
  return tests;
}

for (const [who, byLanguage] of Object.entries(PEOPLE)) {
  for (const journeys of walksByTest(byLanguage)) {
    test(`${who}: ${journeys.map(([language, person]) => `${person.story} (${language})`).join('; ')} goes from welcome to a handout with every answer on it`, async ({
      app,
    }) => {
      // A limit that only catches a hang: two minutes a walk, three for a scanned one. A test of one or two walks
      // no longer borrows time from the walks beside it, and on the shared machine with two more loops spinning
      // (load ~35 on 2 cores) an unscanned walk took over 60 s and a scanned one alone 96 s.
      test.setTimeout(
        journeys.reduce((limit, [, person]) => limit + (person.axe ? 180_000 : 120_000), 0),
      );
      for (const [index, [language, person]] of journeys.entries()) {
        await test.step(`${who} in ${language}`, () => journey(app, who, language, person));
        if (index === journeys.length - 1) break;
        const t = (key: string) => localeText(language, 'app', key);
        await app.page.getByRole('button', { name: t('home.delete') }).click();
        await app.page
          .getByRole('dialog')
          .getByRole('button', { name: t('home.deleteAction') })
          .click();
        // The app starts again in the clinic's language; the next walk's medicine list must hold only its own.
        await expect(app.page.getByRole('heading', { level: 1 })).toHaveText(
          localeText('en', 'app', 'welcome.heading'),
        );
      }
    });
  }
}
