import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { translatorsFrom } from '../../../../src/main/i18n/translators';
import { formatCalendarDate } from '@shared/dates/calendar-date';
import { dateNotes } from '@shared/dates/date-notes';
import { planHandout } from '@shared/handout/handout-plan';
import type { Language } from '@shared/i18n/languages';
import { medicineRuleText } from '@shared/medications/medicine-rule-text';
import { resolveText, type LocalizedText } from '@shared/schemas/localized-text';
import type { HandoutPatient } from '@shared/schemas/session';
import { withVoice } from '@shared/i18n/voice';
import { lessons, patientWith } from '../../../support/handout-fixtures';
import { WARNING_SIGNS } from '@shared/warning-signs/warning-sign-catalog';

const protocol = loadProtocolFolder(path.resolve('resources/protocols')).find(
  (p) => p.id === 'example-car-t',
)!;
const translatorFor = translatorsFrom(path.resolve('locales'));
const steroids = protocol.medications.find((rule) => rule.id === 'avoid-routine-steroids')!;
const premedication = protocol.medications.find((rule) => rule.id === 'infusion-premedication')!;

function planFor(answers: Partial<HandoutPatient>, language: Language = 'en', crisisLine = '') {
  const t = translatorFor(language);
  const text = (value: LocalizedText) => resolveText(value, language).text;
  const plan = planHandout({
    patient: patientWith(answers),
    protocol,
    lessons,
    language,
    today: '2026-12-01',
    t,
    text,
    crisisLine,
  });
  return { plan, t, rule: (rule: typeof steroids) => medicineRuleText(rule, t, text) };
}

describe("the handout plan: the person's own medicines", () => {
  const medicines = [
    { id: 'm-medroll', name: 'Medroll 4mg' },
    { id: 'm-tylenol', name: 'tylenol' },
    { id: 'm-other', name: 'lisinopril' },
  ];

  it.each(['en', 'ar'] as const)(
    'in %s, a near match asks "did you mean" with its rule, an exact one names its rule, and the rest are to discuss',
    (language) => {
      const { plan, t, rule } = planFor({ medicines }, language);
      expect(plan.ownMedicines).toEqual([
        {
          id: 'm-medroll',
          name: 'Medroll 4mg',
          matches: [{ ruleId: steroids.id, matchedName: 'Medrol', exact: false }],
          notes: [
            t('checklist:myMedicines.guess', { name: 'Medrol', rule: rule(steroids) }),
            t('checklist:myMedicines.askBeforeStopping'),
          ],
        },
        {
          id: 'm-tylenol',
          name: 'tylenol',
          matches: [{ ruleId: premedication.id, matchedName: 'Tylenol', exact: true }],
          notes: [t('checklist:myMedicines.named', { name: 'Tylenol', rule: rule(premedication) })],
        },
        {
          id: 'm-other',
          name: 'lisinopril',
          matches: [],
          notes: [t('checklist:myMedicines.toDiscuss')],
        },
      ]);
    },
  );

  it('says in plain words what each note means, in English and Arabic', () => {
    const [medroll, tylenol] = planFor({ medicines }).plan.ownMedicines;
    expect(medroll?.notes[0]).toMatch(
      /^Did you mean Medrol\? If so, your checklist mentions it: “Avoid steroid medicines/,
    );
    expect(tylenol?.notes[0]).toMatch(
      /^Your checklist mentions this medicine: “.*acetaminophen \(Tylenol\)/,
    );
    const arabic = planFor({ medicines }, 'ar').plan.ownMedicines;
    expect(arabic[0]?.notes[0]).toContain('Medrol');
    expect(arabic[0]?.notes[0]).toContain(steroids.medicine.ar);
    expect(arabic[1]?.notes[0]).toContain(premedication.medicine.ar);
  });

  it('keeps two entries with the same name apart, each with its own id and one note per rule', () => {
    const { plan } = planFor({
      medicines: [
        { id: 'first', name: 'Medrol' },
        { id: 'second', name: 'Medrol' },
      ],
    });
    expect(plan.ownMedicines.map((m) => [m.id, m.matches.length, m.notes.length])).toEqual([
      ['first', 1, 2],
      ['second', 1, 2],
    ]);
  });

  it('tells someone who takes a steroid every day never to stop it on their own, in each language', () => {
    for (const language of ['en', 'es', 'ar', 'zh'] as const) {
      const { plan, t } = planFor(
        { medicines: [{ id: 'daily', name: 'hydrocortisone 10 mg' }] },
        language,
      );
      const [daily] = plan.ownMedicines;
      expect(daily?.matches).toEqual([
        { ruleId: steroids.id, matchedName: expect.any(String), exact: true },
      ]);
      expect(daily?.notes.at(-1)).toBe(t('checklist:myMedicines.askBeforeStopping'));
    }
    expect(
      planFor({
        medicines: [{ id: 'daily', name: 'hydrocortisone 10 mg' }],
      }).plan.ownMedicines[0]?.notes.at(-1),
    ).toBe(
      'If you take this medicine every day, do not stop it on your own. Ask your care team what to do.',
    );
    // A rule that starts a medicine is no reason to say so.
    expect(
      planFor({ medicines: [{ id: 'tylenol', name: 'tylenol' }] }).plan.ownMedicines[0]?.notes,
    ).toHaveLength(1);
  });
});

describe('the handout plan: everything else, by id', () => {
  it('gives each key date and test its line and status, "not yet" included', () => {
    const { plan, t } = planFor({
      keyDates: { infusion: '2027-03-01' },
      tests: { 'infection-screening': { status: 'done', date: '2026-11-20' } },
    });
    expect(plan.keyDates.find((d) => d.id === 'infusion')?.text).toBe(
      'Date of the infusion: Monday, March 1, 2027',
    );
    expect(plan.tests.find((test) => test.id === 'infection-screening')).toMatchObject({
      done: true,
      status: 'Done on Friday, November 20, 2026.',
      details: [],
    });
    expect(plan.tests.find((test) => test.id !== 'infection-screening')).toMatchObject({
      done: false,
      status: t('checklist:progress.not-yet'),
    });
  });

  it('holds the notes on dates that look like slips, with the ids and words the fields show, as of its today', () => {
    // The infusion before the chemotherapy that prepares for it; a screening booked after the collection it is needed before.
    const answers: Partial<HandoutPatient> = {
      keyDates: {
        'cell-collection': '2027-01-11',
        lymphodepletion: '2027-02-10',
        infusion: '2027-02-06',
      },
      tests: { 'infection-screening': { status: 'scheduled', date: '2027-01-20' } },
    };
    const { plan, t } = planFor(answers);
    expect(plan.dateNotes).toEqual([
      {
        id: 'keyDates.infusion:beforeEarlierKeyDate',
        whose: t('checklist:dateNotes.keyDateField', { keyDate: 'the infusion' }),
        text: t('checklist:dateNotes.beforeEarlierKeyDate', {
          keyDate: 'the short chemotherapy that prepares your body',
          date: formatCalendarDate('2027-02-10', 'en'),
        }),
      },
      {
        id: 'tests.infection-screening.date:bookedAfterDue',
        whose: 'Blood tests for hepatitis B, hepatitis C and HIV',
        text: t('checklist:dateNotes.bookedAfterDue', {
          keyDate: 'your cell collection',
          date: formatCalendarDate('2027-01-11', 'en'),
        }),
      },
    ]);
    expect(plan.dateNotes.map((note) => note.id)).toEqual(
      dateNotes(protocol, patientWith(answers), '2026-12-01').map((note) => note.id),
    );
    expect(planFor({ keyDates: { infusion: '2028-06-01' } }).plan.dateNotes).toEqual([
      {
        id: 'keyDates.infusion:farAhead',
        whose: t('checklist:dateNotes.keyDateField', { keyDate: 'the infusion' }),
        text: t('checklist:dateNotes.farAhead'),
      },
    ]);
    expect(planFor({ keyDates: { infusion: '2027-03-01' } }).plan.dateNotes).toEqual([]);
  });

  it('lists the health answers to talk about, with what was answered', () => {
    const { plan } = planFor({
      healthHistory: { liver: 'yes', heart: 'no', allergies: 'not-sure' },
    });
    expect(plan.health.map(({ id, answer }) => [id, answer])).toEqual([
      ['liver', 'You answered yes.'],
      ['allergies', 'You were not sure.'],
    ]);
  });

  it('offers every checklist question until some are chosen, and says so', () => {
    const offered = planFor({}).plan.questions;
    expect(offered.allOffered).toBe(true);
    expect(offered.items.map((q) => q.id)).toEqual(protocol.questions.map((q) => q.id));
    const chosen = planFor({
      questions: { chosen: [protocol.questions[1]!.id], own: [], topThree: [] },
    }).plan.questions;
    expect(chosen.allOffered).toBe(false);
    expect(chosen.items.map((q) => q.id)).toEqual([protocol.questions[1]!.id]);
  });

  it('names a topic to go over as a plain label, not "Lesson: part"', () => {
    const lesson = lessons[0]!;
    const check = lesson.checks[0]!;
    const section = lesson.sections.find((s) => s.id === check.sectionId)!;
    const comprehension = { [check.id]: { attempts: 2, understood: false } };
    expect(planFor({ comprehension }).plan.reviewTopics).toEqual([
      {
        id: section.id,
        text: `${section.heading.en ?? ''}, from the lesson “${lesson.title.en ?? ''}”`,
        details: [section.summary.en, translatorFor('en')('handout:reviewMissed')],
      },
    ]);
    expect(planFor({ comprehension }, 'ar').plan.reviewTopics[0]?.text).toBe(
      `${section.heading.ar ?? ''}، من درس «${lesson.title.ar ?? ''}»`,
    );
  });
});

describe('the handout plan: a day is said as a day, a deadline as a deadline', () => {
  const examples = loadProtocolFolder(path.resolve('resources/protocols'));
  const detailsOf = (
    protocolId: string,
    ruleId: string,
    keyDates: HandoutPatient['keyDates'],
    language: Language = 'en',
  ) => {
    const chosen = examples.find((p) => p.id === protocolId)!;
    const text = (value: LocalizedText) => resolveText(value, language).text;
    const plan = planHandout({
      patient: patientWith({ keyDates }),
      protocol: chosen,
      lessons,
      language,
      today: '2026-12-01',
      t: translatorFor(language),
      text,
      crisisLine: '',
    });
    return plan.medicineRules.find((rule) => rule.id === ruleId)!.details;
  };

  it('starts the SMA prednisolone "On" the day before the infusion, in every language, never "By"', () => {
    const keyDates = { infusion: '2027-01-18' };
    const sunday = (language: Language) => formatCalendarDate('2027-01-17', language);
    expect(detailsOf('example-sma-aav9', 'prednisolone', keyDates).slice(0, 2)).toEqual([
      '1 day before the infusion',
      `On ${sunday('en')}.`,
    ]);
    expect(detailsOf('example-sma-aav9', 'prednisolone', keyDates, 'es').slice(0, 2)).toEqual([
      '1 día antes de la infusión',
      `El ${sunday('es')}.`,
    ]);
    expect(detailsOf('example-sma-aav9', 'prednisolone', keyDates, 'ar').slice(0, 2)).toEqual([
      'قبل التسريب بمدة يوم واحد',
      `في ${sunday('ar')}.`,
    ]);
    expect(detailsOf('example-sma-aav9', 'prednisolone', keyDates, 'zh').slice(0, 2)).toEqual([
      '输注前1天',
      `在${sunday('zh')}当天。`,
    ]);
  });

  it('starts each eye surgery prednisone "On" its day, and keeps "By" for a medicine to stop before a date', () => {
    const keyDates = { 'first-eye-surgery': '2027-02-10', 'second-eye-surgery': '2027-02-24' };
    expect(detailsOf('example-subretinal-eye', 'prednisone-first-eye', keyDates)[1]).toBe(
      `On ${formatCalendarDate('2027-02-07', 'en')}.`,
    );
    expect(detailsOf('example-subretinal-eye', 'prednisone-second-eye', keyDates)[1]).toBe(
      `On ${formatCalendarDate('2027-02-21', 'en')}.`,
    );
    expect(
      detailsOf('example-sickle-cell-crispr', 'pause-hydroxyurea', {
        'cell-collection': '2027-03-01',
      }).slice(0, 2),
    ).toEqual([
      'At least 8 weeks before stem-cell collection',
      `By ${formatCalendarDate('2027-01-04', 'en')}.`,
    ]);
  });

  it('asks for the date when the key date is not known, and asks to talk to the team today when the day has passed', () => {
    expect(detailsOf('example-sma-aav9', 'prednisolone', {})[1]).toBe(
      'Ask your care team for the date of the infusion.',
    );
    expect(detailsOf('example-sma-aav9', 'prednisolone', { infusion: '2026-11-30' })[1]).toBe(
      `On ${formatCalendarDate('2026-11-29', 'en')}. This date has passed. Ask your care team what to do.`,
    );
  });
});

describe('the handout plan: warning signs, by the level of help each needs', () => {
  it('groups the signs under the words of their level, most urgent first, in every language', () => {
    for (const language of ['en', 'es', 'ar', 'zh'] as const) {
      const { plan, t } = planFor({}, language);
      expect(
        plan.warningSigns.map((group) => [
          group.level,
          group.heading,
          group.signs.map((sign) => sign.id),
        ]),
      ).toEqual([
        ['emergency', t('checklist:signLevels.emergency.heading'), ['car-t-crs', 'car-t-neuro']],
        [
          'call-team-now',
          t('checklist:signLevels.call-team-now.heading'),
          ['car-t-late-nerve', 'low-blood-counts'],
        ],
      ]);
    }
  });

  it("takes each sign's words and level from the one list, and says what to do in the voice of whoever fills it in", () => {
    const t = withVoice(translatorFor('en'), 'child');
    const text = (value: LocalizedText) => resolveText(value, 'en', 'child').text;
    const plan = planHandout({
      patient: patientWith({ role: 'parent' }),
      protocol,
      lessons,
      language: 'en',
      today: '2026-12-01',
      t,
      text,
      crisisLine: '',
    });
    const [emergency] = plan.warningSigns;
    expect(emergency?.heading).toMatch(
      /^If your child has any of these, call your local emergency number/,
    );
    expect(emergency?.signs[1]?.text).toBe(WARNING_SIGNS.get('car-t-neuro')?.sign.en);
  });
});

describe('the handout plan: where to get help', () => {
  const US_LINE = {
    en: /In the US, call or text 988/,
    es: /En los EE\. UU\., llame .* al 988/,
    ar: /في الولايات المتحدة، اتصل بالرقم 988/,
    zh: /在美国，请拨打 988/,
  } as const;

  it.each(['en', 'es', 'ar', 'zh'] as const)(
    'in %s, without a clinic crisis line, gives the US 988 line and says it is the US line',
    (language) => {
      const crisis = planFor({}, language).plan.support.find((line) => line.id === 'crisis-line');
      expect(crisis?.details[0]).toMatch(US_LINE[language]);
    },
  );

  it("gives the clinic's own crisis line in place of 988 once staff set one", () => {
    const { plan, t } = planFor({}, 'en', '  0800 123 456 (North Crisis Team) ');
    const crisis = plan.support.find((line) => line.id === 'crisis-line');
    expect(crisis?.details).toEqual([
      t('handout:support.crisisClinic', { line: '0800 123 456 (North Crisis Team)' }),
      t('handout:support.danger'),
    ]);
    expect(plan.support.flatMap((line) => [line.text, ...line.details]).join(' ')).not.toContain(
      '988',
    );
  });

  it('tells every reader about a free interpreter and reporting a side effect to the team and to FDA MedWatch, in their voice', () => {
    const t = withVoice(translatorFor('en'), 'child');
    const plan = planHandout({
      patient: patientWith({ role: 'parent' }),
      protocol,
      lessons,
      language: 'en',
      today: '2026-12-01',
      t,
      text: (value) => resolveText(value, 'en', 'child').text,
      crisisLine: '',
    });
    expect(plan.support.map((line) => line.id)).toEqual([
      'crisis-line',
      'interpreter',
      'report-side-effect',
    ]);
    const report = plan.support.find((line) => line.id === 'report-side-effect');
    expect(report?.text).toBe(
      'Tell the care team about any side effect your child has, even a small one.',
    );
    expect(report?.details.join(' ')).toMatch(/MedWatch.*1-800-FDA-1088.*www\.FDA\.gov\/MedWatch/);
    expect(plan.support.find((line) => line.id === 'interpreter')?.text).toMatch(
      /free interpreter/,
    );
  });
});
