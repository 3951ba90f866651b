import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import {
  buildHandoutContent,
  type HandoutBlock,
} from '../../../../src/main/handout/handout-content';
import { translatorsFrom } from '../../../../src/main/i18n/translators';
import type { GlossaryEntry } from '@shared/content/glossary';
import type { Lesson } from '@shared/content/lesson';
import type { Language } from '@shared/i18n/languages';
import type { Protocol } from '@shared/protocol/protocol';
import { formatCalendarDate } from '@shared/dates/calendar-date';
import { ownMedicineNotes } from '@shared/medications/own-medicine-notes';
import { DEFAULT_CLINIC_SETTINGS } from '@shared/schemas/clinic-settings';
import { resolveText, type LocalizedText } from '@shared/schemas/localized-text';
import type { HandoutPatient } from '@shared/schemas/session';
import { patientWith } from '../../../support/handout-fixtures';

const protocol = loadProtocolFolder(path.resolve('resources/protocols')).find(
  (p) => p.id === 'example-car-t',
);
if (!protocol) throw new Error('example-car-t missing');
const translatorFor = translatorsFrom(path.resolve('locales'));
const source = {
  kind: 'secondary' as const,
  citation: 'test fixture',
  secondaryReason: 'test fixture',
  checkedOn: '2026-12-01',
};
const testGlossary: GlossaryEntry[] = [
  {
    id: 'infusion',
    term: { en: 'Infusion' },
    definition: { en: 'Medicine given slowly into a vein.' },
    matches: { en: ['infusion', 'infusions'] },
    source,
  },
  {
    id: 'unused',
    term: { en: 'Lentivirus' },
    definition: { en: 'A kind of virus.' },
    matches: { en: ['lentivirus'] },
    source,
  },
];

const testLesson: Lesson = {
  kind: 'gene-therapy-companion.lesson',
  formatVersion: 1,
  isExample: true,
  id: 'risks-test',
  version: 1,
  title: { en: 'Risks' },
  keyPoints: [{ en: 'There are risks.' }],
  sections: [
    {
      id: 'liver-test',
      heading: { en: 'Your liver' },
      summary: { en: 'The liver can be hurt.' },
      source,
    },
    {
      id: 'immune-test',
      heading: { en: 'Your immune system' },
      summary: { en: 'Your body may react.' },
      source,
    },
    {
      id: 'unknowns-test',
      heading: { en: 'What is not known' },
      summary: { en: 'Some things are not known yet.' },
      source,
    },
  ],
  checks: [
    {
      id: 'liver-check',
      question: { en: 'Q?' },
      options: [
        { id: 'a', text: { en: 'A' }, correct: true },
        { id: 'b', text: { en: 'B' }, correct: false },
      ],
      explanation: { en: 'E' },
      sectionId: 'liver-test',
    },
    {
      id: 'immune-check',
      question: { en: 'Q?' },
      options: [
        { id: 'a', text: { en: 'A' }, correct: true },
        { id: 'b', text: { en: 'B' }, correct: false },
      ],
      explanation: { en: 'E' },
      sectionId: 'immune-test',
    },
  ],
};

function contentFor(
  answers: Partial<HandoutPatient>,
  language: Language = 'en',
  glossary: GlossaryEntry[] = testGlossary,
  chosen: Protocol = protocol!,
  crisisLine = '',
) {
  return buildHandoutContent({
    clinic: { ...DEFAULT_CLINIC_SETTINGS, crisisLine },
    patient: patientWith({ firstName: 'Zoë', ...answers }),
    language,
    protocol: chosen,
    contentHash: '0'.repeat(64),
    preparedAt: new Date('2026-12-01T10:00:00Z'),
    glossary,
    lessons: [testLesson],
    t: translatorFor(language),
  });
}

const texts = (blocks: readonly HandoutBlock[]) => blocks.map((b) => ('text' in b ? b.text : ''));
const strip = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

/** The blocks between a heading and the next heading. */
function sectionUnder(blocks: readonly HandoutBlock[], heading: string): HandoutBlock[] {
  const start = blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
  if (start < 0) return [];
  const end = blocks.findIndex((b, i) => i > start && b.kind === 'heading');
  return blocks.slice(start + 1, end < 0 ? undefined : end);
}

describe('the handout says who it was prepared by and for', () => {
  it('names only the patient when the patient fills it in', () => {
    expect(strip(texts(contentFor({ role: 'patient', helperName: 'Maria' }).blocks)[1] ?? '')).toBe(
      'Prepared for Zoë',
    );
  });

  it('names the parent, caregiver or representative who filled it in, and their role', () => {
    expect(strip(texts(contentFor({ role: 'parent', helperName: 'Maria' }).blocks)[1] ?? '')).toBe(
      'Prepared by Maria (parent) for Zoë',
    );
    expect(
      strip(
        texts(contentFor({ role: 'representative', helperName: 'Omar' }, 'es').blocks)[1] ?? '',
      ),
    ).toBe('Preparado por Omar (representante legal) para Zoë');
  });

  it("names only the legal representative, who is not asked the patient's name, and leaves the card's name line to write on", () => {
    const content = contentFor({ role: 'representative', helperName: 'Omar', firstName: '' });
    expect(strip(texts(content.blocks)[1] ?? '')).toBe('Prepared by Omar (legal representative)');
    expect(content.documentTitle).toBe('Preparation summary');
    const card = content.blocks.find((b) => b.kind === 'wallet-card');
    expect(card?.kind === 'wallet-card' && card.lines[0]?.text).toBe('________');
  });
});

describe('the wording follows who filled the app in', () => {
  const headings = (answers: Partial<HandoutPatient>) =>
    content(answers)
      .blocks.filter((b) => b.kind === 'heading')
      .map((b) => ('text' in b ? b.text : ''));
  const content = (answers: Partial<HandoutPatient>) =>
    contentFor({
      medicines: [{ id: 'm1', name: 'ibuprofen' }],
      healthHistory: { liver: 'yes' },
      ...answers,
    });
  const card = (answers: Partial<HandoutPatient>) =>
    content(answers).blocks.find((b) => b.kind === 'wallet-card');

  it('speaks to the patient about their own medicines and health', () => {
    expect(headings({ role: 'patient' })).toEqual(
      expect.arrayContaining(['Your medicines', 'Your health: to talk about with your team']),
    );
    expect(card({ role: 'patient' })).toMatchObject({ heading: 'I have had gene therapy' });
  });

  it("speaks to a parent about their child's, and to a caregiver or representative about the patient's", () => {
    expect(headings({ role: 'parent', helperName: 'Maria' })).toEqual(
      expect.arrayContaining([
        "Your child's medicines",
        "Your child's health: to talk about with the team",
      ]),
    );
    expect(card({ role: 'parent', helperName: 'Maria' })).toMatchObject({
      heading: 'This child has had gene therapy',
    });
    for (const role of ['caregiver', 'representative'] as const) {
      expect(headings({ role, helperName: 'Omar' })).toEqual(
        expect.arrayContaining([
          "The patient's medicines",
          "The patient's health: to talk about with the team",
        ]),
      );
    }
    const spanish = contentFor({ role: 'parent', helperName: 'María' }, 'es');
    expect(texts(spanish.blocks)).toContain(
      'No deje ni cambie ningún medicamento de su hijo o hija por su cuenta. Hable siempre antes con su equipo médico.',
    );
  });
});

describe('tests on the handout', () => {
  const heading = translatorFor('en')('handout:testsHeading');

  it('show a ticked box and the date for a test already done, without the reminder of when it was due', () => {
    const tests = sectionUnder(
      contentFor({
        tests: { 'infection-screening': { status: 'done', date: '2026-11-20' } },
        keyDates: { 'cell-collection': '2027-01-11' },
      }).blocks,
      heading,
    );
    const done = tests.find(
      (b) => b.kind === 'check-item' && b.text.startsWith('Blood tests for hepatitis B'),
    );
    expect(done).toMatchObject({ done: true, details: ['Done on Friday, November 20, 2026.'] });
  });

  it('show the booked date of a scheduled test next to when it is due, and "not yet" for one not done, as the review does', () => {
    const tests = sectionUnder(
      contentFor({
        tests: {
          'infection-screening': { status: 'scheduled', date: '2026-12-15' },
          'pregnancy-test': { status: 'not-yet', date: null },
        },
      }).blocks,
      heading,
    );
    const [scheduled, notYet] = tests;
    expect(scheduled).toMatchObject({ kind: 'check-item', done: false });
    expect(scheduled && 'details' in scheduled && scheduled.details[0]).toBe(
      'Booked for Tuesday, December 15, 2026.',
    );
    expect(notYet && 'details' in notYet && notYet.details[0]).toBe('Not yet');
    expect(
      notYet &&
        'details' in notYet &&
        notYet.details.some((d) => d.startsWith('Booked') || d.startsWith('Done')),
    ).toBe(false);
  });
});

describe('medicine rules on the handout', () => {
  const heading = translatorFor('en')('handout:medicinesHeading');
  const ruleOn = (blocks: readonly HandoutBlock[], start: string) =>
    sectionUnder(blocks, heading).find((b) => b.kind === 'check-item' && b.text.startsWith(start));

  it('print the day the SMA prednisolone starts as "On" that day, never "By", as the screen says it', () => {
    const sma = loadProtocolFolder(path.resolve('resources/protocols')).find(
      (p) => p.id === 'example-sma-aav9',
    )!;
    const content = contentFor(
      { role: 'parent', keyDates: { infusion: '2027-01-18' } },
      'en',
      testGlossary,
      sma,
    );
    const prednisolone = ruleOn(content.blocks, 'Start prednisolone');
    expect(prednisolone && 'details' in prednisolone && prednisolone.details.slice(0, 2)).toEqual([
      '1 day before the infusion',
      'On Sunday, January 17, 2027.',
    ]);
  });

  it('print a step on the infusion day itself as "On the day of", and a deadline as "By"', () => {
    const blocks = contentFor({
      keyDates: { lymphodepletion: '2027-02-01', infusion: '2027-02-06' },
    }).blocks;
    const premedication = ruleOn(blocks, 'Start acetaminophen');
    expect(
      premedication && 'details' in premedication && premedication.details.slice(0, 2),
    ).toEqual(['On the day of the infusion', 'On Saturday, February 6, 2027.']);
    const vaccines = ruleOn(blocks, 'Avoid live vaccines');
    expect(vaccines && 'details' in vaccines && vaccines.details[1]).toBe(
      'By Monday, December 21, 2026.',
    );
  });
});

describe('dates to check on the handout', () => {
  const keyDates = {
    'cell-collection': '2027-01-11',
    lymphodepletion: '2027-02-10',
    infusion: '2027-02-06',
  };

  it.each(['en', 'zh'] as const)(
    'in %s, list each note on a date, whose date it is and then the words the review shows, before the tests',
    (language) => {
      const t = translatorFor(language);
      const label = (id: string) =>
        resolveText(protocol.keyDates.find((d) => d.id === id)!.label, language).text;
      const blocks = contentFor({ keyDates }, language).blocks;
      const heading = t('handout:dateNotesHeading');
      expect(sectionUnder(blocks, heading)).toEqual([
        {
          id: 'date-note:keyDates.infusion:beforeEarlierKeyDate',
          kind: 'check-item',
          text: t('checklist:dateNotes.keyDateField', { keyDate: label('infusion') }),
          details: [
            t('checklist:dateNotes.beforeEarlierKeyDate', {
              keyDate: label('lymphodepletion'),
              date: formatCalendarDate(keyDates.lymphodepletion, language),
            }),
          ],
        },
      ]);
      const headings = blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
      // Then the dates at a glance, then the tests.
      expect(headings.indexOf(heading)).toBe(headings.indexOf(t('handout:testsHeading')) - 2);
      expect(headings.indexOf(heading)).toBe(
        headings.indexOf(t('handout:datesFigure.heading')) - 1,
      );
    },
  );

  it("speaks of the parent's child's care team, and is left out when no date looks wrong", () => {
    const headings = (answers: Partial<HandoutPatient>) =>
      texts(contentFor(answers).blocks.filter((b) => b.kind === 'heading'));
    expect(headings({ keyDates, role: 'parent', helperName: 'Maria' })).toContain(
      "Dates to check with your child's care team",
    );
    expect(headings({ keyDates: { infusion: '2027-03-01' } })).not.toContain(
      'Dates to check with your care team',
    );
  });
});

describe('questions on the handout', () => {
  const t = translatorFor('en');
  const questions = (answers: Partial<HandoutPatient>) =>
    sectionUnder(contentFor(answers).blocks, t('handout:questionsHeading'));

  it("offer the protocol's questions, each with room to write, until the patient picks any", () => {
    const blocks = questions({});
    expect(blocks.filter((b) => b.kind === 'check-item')).toHaveLength(protocol.questions.length);
    expect(blocks.filter((b) => b.kind === 'write-in')).toHaveLength(protocol.questions.length);
  });

  it("put the patient's top three first, then the other chosen and own questions, with room to write under each", () => {
    const blocks = questions({
      questions: {
        chosen: ['bridging', 'stay-near', 'driving'],
        own: [{ id: 'own-1', text: 'Can my sister visit?' }],
        topThree: ['own-1', 'driving'],
      },
    });
    expect(
      blocks.map((b) => (b.kind === 'write-in' ? '_' : strip('text' in b ? b.text : ''))),
    ).toEqual([
      t('handout:topQuestions'),
      'Can my sister visit?',
      '_',
      protocol.questions.find((q) => q.id === 'driving')?.text.en,
      '_',
      t('handout:otherQuestions'),
      protocol.questions.find((q) => q.id === 'bridging')?.text.en,
      '_',
      protocol.questions.find((q) => q.id === 'stay-near')?.text.en,
      '_',
    ]);
  });

  it('rank a lesson part marked "ask my team about this" with the questions, in the words the screen shows', () => {
    const blocks = questions({
      questions: { chosen: ['driving'], own: [], topThree: ['lesson-unknowns-test'] },
      flagged: ['unknowns-test', 'liver-test'],
    });
    const asked = (part: string) => t('handout:lessonQuestion', { part, lesson: 'Risks' });
    expect(blocks.map((b) => (b.kind === 'write-in' ? '_' : 'text' in b ? b.text : ''))).toEqual([
      t('handout:topQuestions'),
      asked('What is not known'),
      '_',
      t('handout:otherQuestions'),
      protocol.questions.find((q) => q.id === 'driving')?.text.en,
      '_',
      asked('Your liver'),
      '_',
    ]);
  });
});

describe('readiness', () => {
  it('shows "not ready, I want to talk first" near the top when the patient chose it', () => {
    const blocks = contentFor({ readiness: 'want-to-talk-first' }).blocks;
    const at = blocks.findIndex(
      (b) =>
        b.kind === 'notice' &&
        b.text === translatorFor('en')('handout:readiness.want-to-talk-first'),
    );
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(blocks.findIndex((b) => b.kind === 'heading'));
  });

  it('says nothing about readiness before the patient has answered', () => {
    const notices = contentFor({})
      .blocks.filter((b) => b.kind === 'notice')
      .map((b) => ('text' in b ? b.text : ''));
    expect(notices.some((n) => n.includes('ready'))).toBe(false);
  });
});

describe('the glossary', () => {
  const heading = translatorFor('en')('handout:glossaryHeading');

  it('explains only the words the handout uses', () => {
    const words = sectionUnder(contentFor({}).blocks, heading).filter(
      (b) => b.kind !== 'wallet-card',
    );
    expect(words).toEqual([
      {
        id: 'term:infusion',
        kind: 'bullet',
        text: 'Infusion',
        details: ['Medicine given slowly into a vein.'],
        strong: true,
      },
    ]);
  });

  it('is left out when no word of it is used', () => {
    const blocks = contentFor({}, 'en', [testGlossary[1]!]).blocks;
    expect(blocks.some((b) => b.kind === 'heading' && b.text === heading)).toBe(false);
  });
});

describe('topics to go over with the counselor', () => {
  const t = translatorFor('en');
  const topics = (answers: Partial<HandoutPatient>) =>
    sectionUnder(contentFor(answers).blocks, t('handout:reviewHeading'));

  it('list the sections behind missed check questions, in lesson order, saying why; the flagged ones are questions instead', () => {
    const blocks = topics({
      comprehension: {
        'liver-check': { attempts: 2, understood: false },
        'immune-check': { attempts: 1, understood: true },
      },
      flagged: ['unknowns-test', 'liver-test'],
    });
    expect(blocks).toEqual([
      {
        id: 'review-topic:liver-test',
        kind: 'check-item',
        text: 'Your liver, from the lesson “Risks”',
        details: ['The liver can be hurt.', t('handout:reviewMissed')],
      },
    ]);
  });

  it('are left out when every answer was right', () => {
    expect(
      topics({
        comprehension: { 'liver-check': { attempts: 1, understood: true } },
        flagged: ['liver-test'],
      }),
    ).toEqual([]);
  });
});

describe('a translation no medical translator has checked', () => {
  it('says so on the handout, in its language; the English original does not', () => {
    const notice = (language: Language) =>
      contentFor({}, language).blocks.some(
        (b) =>
          b.kind === 'notice' &&
          b.text === translatorFor(language)('handout:translationNotReviewed'),
      );
    expect(notice('es')).toBe(true);
    expect(notice('zh')).toBe(true);
    expect(notice('en')).toBe(false);
  });
});

describe("the person's own medicines on the handout", () => {
  const medicines = [
    { id: 'm-medroll', name: 'Medroll 4mg' },
    { id: 'm-tylenol', name: 'tylenol' },
    { id: 'm-other', name: 'lisinopril' },
  ];

  it.each(['en', 'ar'] as const)(
    'in %s, each gets the very note the screen shows for it',
    (language) => {
      const t = translatorFor(language);
      const text = (value: LocalizedText) => resolveText(value, language).text;
      const onScreen = ownMedicineNotes(medicines, protocol.medications, t, text);
      const items = sectionUnder(
        contentFor({ medicines }, language).blocks,
        t('handout:myMedicinesHeading'),
      ).filter((b) => b.kind === 'check-item');
      expect(items.map((b) => [strip(b.text), b.details])).toEqual(
        onScreen.map((m) => [m.name, m.notes]),
      );
      expect(items[0]?.details[0]).toContain(language === 'en' ? 'Did you mean Medrol?' : 'Medrol');
    },
  );
});

describe('where to get help, on the handout', () => {
  const heading = (language: Language) => translatorFor(language)('handout:support.heading');
  const lines = (blocks: readonly HandoutBlock[]) =>
    blocks.flatMap((b) => (b.kind === 'bullet' ? [b.text, ...b.details] : [])).map(strip);

  it.each(['en', 'ar'] as const)(
    'in %s, gives the US 988 line, said to be the US line, when the clinic has set none',
    (language) => {
      const t = translatorFor(language);
      const help = lines(sectionUnder(contentFor({}, language).blocks, heading(language)));
      expect(help).toContain(strip(t('handout:support.crisisDefault')));
      expect(help.join(' ')).toContain('988');
      expect(help).toContain(strip(t('handout:support.interpreter')));
      expect(help).toContain(strip(t('handout:support.medWatch')));
    },
  );

  it("prints the clinic's own crisis line, kept in its own direction, and not the US line", () => {
    const help = sectionUnder(
      contentFor({}, 'ar', testGlossary, protocol, '0800 123 456').blocks,
      heading('ar'),
    );
    const crisis = help.find(
      (b) => b.kind === 'bullet' && b.details.some((d) => d.includes('0800')),
    );
    expect(crisis?.kind === 'bullet' && crisis.details[0]).toBe(
      translatorFor('ar')('handout:support.crisisClinic', {
        line: '\u2068' + '0800 123 456' + '\u2069',
      }),
    );
    expect(lines(help).join(' ')).not.toContain('988');
  });
});
