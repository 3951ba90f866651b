import path from 'node:path';
import { loadProtocolFolder } from '../../src/main/checklist/example-protocols';
import { lessonsForProtocol } from '../../src/shared/content/lessons-for-protocol';
import { formatCalendarDate } from '../../src/shared/dates/calendar-date';
import type { Language } from '../../src/shared/languages';
import type { Protocol } from '../../src/shared/protocol/protocol';
import { resolveText, type LocalizedText } from '../../src/shared/schemas/localized-text';
import type { Role } from '../../src/shared/schemas/session';
import { voiceOf } from '../../src/shared/voice';
import { localeText } from '../support/locale-text';
import { pdfText, searchable } from '../support/pdf-tools';
import { expect, test } from './fixtures';
import { LESSONS, pastLessons } from './walkthrough';

const PROTOCOLS = loadProtocolFolder(path.resolve('resources/protocols'));

/** What one person types and picks on the way through; every answer must come out on their handout. */
interface Person {
  story: string;
  protocolId: string;
  role: Role;
  helperName?: string;
  firstName: string;
  treatmentDate: string;
  medicine: string;
  ownQuestion: string;
  worries: string;
  health: 'liver' | 'infections' | 'allergies';
  readiness: 'ready' | 'want-to-talk-first';
}

const PEOPLE: Record<'hemophilia' | 'sma' | 'car-t', Record<'en' | 'es' | 'ar', Person>> = {
  hemophilia: {
    en: { story: 'an adult with hemophilia B preparing for AAV therapy', protocolId: 'example-hemophilia-b-aav', role: 'patient', firstName: 'Samuel', treatmentDate: '2027-02-15', medicine: 'paracetamol', ownQuestion: 'Can I still play football after the infusion?', worries: 'I am afraid my liver will be hurt.', health: 'liver', readiness: 'ready' },
    es: { story: 'un adulto con hemofilia B', protocolId: 'example-hemophilia-b-aav', role: 'patient', firstName: 'Mateo', treatmentDate: '2027-02-15', medicine: 'paracetamol', ownQuestion: '¿Podré seguir jugando al fútbol después de la infusión?', worries: 'Tengo miedo de que se dañe mi hígado.', health: 'liver', readiness: 'ready' },
    ar: { story: 'بالغ مصاب بالهيموفيليا B', protocolId: 'example-hemophilia-b-aav', role: 'patient', firstName: 'سامي', treatmentDate: '2027-02-15', medicine: 'باراسيتامول', ownQuestion: 'هل أستطيع أن ألعب كرة القدم بعد التسريب؟', worries: 'أخاف أن يتضرر كبدي.', health: 'liver', readiness: 'ready' },
  },
  sma: {
    en: { story: 'a parent of a child with SMA', protocolId: 'example-sma-aav9', role: 'parent', helperName: 'Maria', firstName: 'Leo', treatmentDate: '2027-01-18', medicine: 'vitamin D drops', ownQuestion: 'How do we keep his big sister from catching a cold near him?', worries: 'Leo is so small. I worry about the steroid.', health: 'infections', readiness: 'want-to-talk-first' },
    es: { story: 'una madre de un niño con AME', protocolId: 'example-sma-aav9', role: 'parent', helperName: 'María', firstName: 'Leo', treatmentDate: '2027-01-18', medicine: 'gotas de vitamina D', ownQuestion: '¿Cómo evitamos que su hermana le contagie un resfriado?', worries: 'Leo es muy pequeño. Me preocupa el corticoide.', health: 'infections', readiness: 'want-to-talk-first' },
    ar: { story: 'أمّ طفل مصاب بضمور العضلات الشوكي', protocolId: 'example-sma-aav9', role: 'parent', helperName: 'مريم', firstName: 'ليو', treatmentDate: '2027-01-18', medicine: 'قطرات فيتامين د', ownQuestion: 'كيف نحمي طفلنا من عدوى أخته الكبرى؟', worries: 'ليو صغير جدًا. أخاف من دواء الستيرويد.', health: 'infections', readiness: 'want-to-talk-first' },
  },
  'car-t': {
    en: { story: 'an adult preparing for CAR-T', protocolId: 'example-car-t', role: 'patient', firstName: 'Ana', treatmentDate: '2027-03-01', medicine: 'warfarin', ownQuestion: 'Who can drive me home for the first two months?', worries: 'I worry about confusion after the cells.', health: 'allergies', readiness: 'ready' },
    es: { story: 'una adulta que se prepara para CAR-T', protocolId: 'example-car-t', role: 'patient', firstName: 'Ana', treatmentDate: '2027-03-01', medicine: 'warfarina', ownQuestion: '¿Quién me puede llevar en coche los dos primeros meses?', worries: 'Me preocupa sentirme confundida después.', health: 'allergies', readiness: 'ready' },
    ar: { story: 'بالغة تستعد لعلاج CAR-T', protocolId: 'example-car-t', role: 'patient', firstName: 'هدى', treatmentDate: '2027-03-01', medicine: 'وارفارين', ownQuestion: 'من يستطيع أن يوصلني بالسيارة في أول شهرين؟', worries: 'أخاف من التشوش بعد العلاج.', health: 'allergies', readiness: 'ready' },
  },
};

for (const [who, byLanguage] of Object.entries(PEOPLE)) {
  for (const [language, person] of Object.entries(byLanguage) as Array<[Language, Person]>) {
    test(`${who} in ${language}: ${person.story} goes from welcome to a handout with every answer on it`, async ({ app }) => {
      test.setTimeout(120_000);
      const { page } = app;
      const protocol = PROTOCOLS.find((p) => p.id === person.protocolId) as Protocol;
      const voice = voiceOf(person.role);
      const t = (key: string, values?: Record<string, string>) => localeText(language, 'app', key, values, voice);
      const c = (key: string, values?: Record<string, string>) => localeText(language, 'checklist', key, values, voice);
      const h = (key: string) => localeText(language, 'handout', key, {}, voice);
      const local = (text: LocalizedText) => resolveText(text, language).text;
      const next = () => page.getByRole('button', { name: t('nav.next') }).click();
      const heading = page.getByRole('heading', { level: 1 });

      // Welcome: language, who is filling it in, names, therapy.
      await page.getByRole('combobox').selectOption(language);
      await page.getByRole('radio', { name: t(`welcome.roles.${person.role}`), exact: true }).check();
      if (person.helperName) await page.getByLabel(t('welcome.helperNameLabel'), { exact: true }).fill(person.helperName);
      await page.getByLabel(t(person.helperName ? 'welcome.patientNameLabel' : 'welcome.nameLabel'), { exact: true }).fill(person.firstName);
      await page.getByRole('group', { name: t('welcome.therapyLabel') }).getByRole('radio', { name: local(protocol.title) }).check();
      await next();

      // Lessons: one part marked "ask my team about this".
      const flagged = LESSONS[0]!.sections[0]!;
      await page.getByRole('region', { name: local(flagged.heading) }).getByRole('button', { name: t('learn.flag') }).click();
      await pastLessons(page, language, lessonsForProtocol(LESSONS, protocol));

      // Checklist: the treatment date, a test done, and a medicine of their own.
      await expect(heading).toHaveText(t('checklist.heading'));
      const treatment = protocol.keyDates.at(-1)!;
      await page.getByLabel(local(treatment.label), { exact: true }).fill(person.treatmentDate);
      const firstTest = protocol.tests[0]!;
      const progress = page.getByRole('group', { name: c('progress.legend', { test: local(firstTest.name) }) });
      await progress.getByRole('radio', { name: c('progress.done') }).check();
      await progress.getByLabel(c('progress.doneOn')).fill('2026-11-20');
      await page.getByLabel(c('myMedicines.label')).fill(person.medicine);
      await page.getByRole('button', { name: c('myMedicines.add') }).click();
      await expect(page.getByRole('region', { name: c('myMedicines.heading') })).toContainText(person.medicine);
      await next();

      // Health: one answer to talk about.
      await expect(heading).toHaveText(c('health.heading'));
      const answer = person.health === 'infections' ? 'not-sure' : 'yes';
      await page.getByRole('group', { name: c(`health.items.${person.health}.question`) }).getByRole('radio', { name: c(`health.${answer}`), exact: true }).check();
      await next();

      // Questions: one from the bank, one of their own, which is their top question.
      await expect(heading).toHaveText(t('questions.heading'));
      const bankQuestion = local(protocol.questions[0]!.text);
      await page.getByRole('checkbox', { name: bankQuestion }).check();
      await page.getByLabel(t('questions.ownLabel')).fill(person.ownQuestion);
      await page.getByRole('button', { name: t('questions.add') }).click();
      await page.getByRole('group', { name: t('questions.topHeading') }).getByRole('checkbox', { name: person.ownQuestion }).check();
      await next();

      await expect(heading).toHaveText(t('feelings.heading'));
      await page.getByLabel(t('feelings.worriesLabel')).fill(person.worries);
      await next();

      // Check: the first question answered right.
      await expect(heading).toHaveText(t('check.heading'));
      const check = LESSONS[0]!.checks[0]!;
      const group = page.getByRole('group', { name: local(check.question) });
      await group.getByRole('radio', { name: local(check.options.find((o) => o.correct)!.text) }).check();
      await group.getByRole('button', { name: t('check.answer') }).click();
      await expect(group.getByRole('status')).toContainText(t('check.right'));
      await next();

      // Review: everything is there; readiness is chosen here.
      await expect(heading).toHaveText(t('review.heading'));
      const main = page.getByRole('main');
      for (const answerText of [person.firstName, person.medicine, person.ownQuestion, person.worries, c(`health.items.${person.health}.topic`), local(flagged.heading)]) await expect(main).toContainText(answerText);
      await page.getByRole('radio', { name: t(`handout.readiness.${person.readiness}`) }).check();
      await next();

      await expect(heading).toHaveText(t('handout.heading'));
      const target = path.join(app.saveDir, `${who}-${language}.pdf`);
      await app.answerSaveDialog(target);
      await page.getByRole('button', { name: t('handout.save') }).click();
      await expect(page.getByText(t('handout.saved', { fileName: path.basename(target) }))).toBeVisible();

      const text = searchable(pdfText(target));
      const expected = [
        person.firstName,
        ...(person.helperName ? [person.helperName, localeText(language, 'handout', `role.${person.role}`)] : []),
        person.medicine,
        person.ownQuestion,
        bankQuestion,
        person.worries,
        c(`health.items.${person.health}.topic`),
        local(flagged.heading),
        h(`readiness.${person.readiness}`),
        h('myMedicinesHeading'),
        h('walletCard.heading'),
        ...(language === 'ar' ? [] : [formatCalendarDate(person.treatmentDate, language), formatCalendarDate('2026-11-20', language)]),
      ];
      for (const part of expected) expect(text, part).toContain(searchable(part));
    });
  }
}
