import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import {
  buildHandoutContent,
  isolate,
  type HandoutBlock,
} from '../../../../src/main/handout/handout-content';
import { translatorsFrom } from '../../../../src/main/i18n/translators';
import { planHandout } from '@shared/handout/handout-plan';
import { LANGUAGES, type Language } from '@shared/i18n/languages';
import type { Protocol } from '@shared/protocol/protocol';
import { DEFAULT_CLINIC_SETTINGS } from '@shared/schemas/clinic-settings';
import { resolveText, type LocalizedText } from '@shared/schemas/localized-text';
import { lessons, patientWith } from '../../../support/handout-fixtures';

const examples = loadProtocolFolder(path.resolve('resources/protocols'));
const sickleCell = examples.find((p) => p.id === 'example-sickle-cell-crispr')!;
const carT = examples.find((p) => p.id === 'example-car-t')!;
const translatorFor = translatorsFrom(path.resolve('locales'));

function planFor(protocol: Protocol, language: Language) {
  const t = translatorFor(language);
  const text = (value: LocalizedText) => resolveText(value, language).text;
  return {
    t,
    plan: planHandout({
      patient: patientWith({}),
      protocol,
      lessons,
      language,
      today: '2026-12-05',
      t,
      text,
      crisisLine: '',
      typed: isolate,
    }),
  };
}

function handoutFor(protocol: Protocol, language: Language) {
  return buildHandoutContent({
    clinic: DEFAULT_CLINIC_SETTINGS,
    patient: patientWith({}),
    language,
    protocol,
    contentHash: '0'.repeat(64),
    preparedAt: new Date('2026-12-05T10:00:00Z'),
    glossary: [],
    lessons,
    t: translatorFor(language),
  });
}

/** Each block's words in order, as the paper prints them. */
const words = (blocks: readonly HandoutBlock[]) =>
  blocks.flatMap((b) => ('text' in b ? [b.text, ...('details' in b ? b.details : [])] : []));

function sectionUnder(blocks: readonly HandoutBlock[], heading: string): HandoutBlock[] {
  const start = blocks.findIndex((b) => b.kind === 'heading' && b.text === heading);
  if (start < 0) return [];
  const end = blocks.findIndex((b, i) => i > start && b.kind === 'heading');
  return blocks.slice(start + 1, end < 0 ? undefined : end);
}

describe('the numbers from the studies in the plan', () => {
  it('give the good result with its number worked out of 100, who was counted and the source, and ask for the harm number that is not listed', () => {
    const { plan, t } = planFor(sickleCell, 'en');
    const numbers = plan.studyNumbers!;
    const [benefits, harms] = numbers.sides;
    expect(benefits.items).toEqual([
      {
        id: 'no-severe-pain-crisis-12-months',
        text: 'No severe pain crisis for at least 12 months in a row, in the 2 years after treatment',
        details: [
          '29 of 31 people in the study (about 94 out of 100)',
          expect.stringMatching(/^Who was counted: People 12 and older with sickle cell disease/),
          expect.stringContaining(
            'https://www.fda.gov/news-events/press-announcements/fda-approves-first-gene-therapies-treat-patients-sickle-cell-disease',
          ),
        ],
      },
    ]);
    expect(benefits.none).toBeNull();
    expect(harms).toEqual({
      effect: 'harm',
      heading: t('checklist:studyNumbers.harms'),
      items: [],
      none: t('checklist:studyNumbers.noHarms'),
    });
    expect(numbers.notOnePerson).toBe(
      'A number from a group of people cannot say what will happen to one person.',
    );
  });

  it('are left out for a protocol with no sourced number: nothing is made up', () => {
    expect(planFor(carT, 'en').plan.studyNumbers).toBeNull();
    expect(words(handoutFor(carT, 'en').blocks)).not.toContain(
      translatorFor('en')('checklist:studyNumbers.heading'),
    );
  });
});

describe('the numbers from the studies on the handout', () => {
  it.each(LANGUAGES)(
    'in %s, say word for word what the review lists: good results, then harms, then what a number cannot say',
    (language) => {
      const { plan } = planFor(sickleCell, language);
      const numbers = plan.studyNumbers!;
      const printed = words(sectionUnder(handoutFor(sickleCell, language).blocks, numbers.heading));
      const [benefits, harms] = numbers.sides;
      expect(printed).toEqual([
        numbers.intro,
        benefits.heading,
        ...benefits.items.flatMap((item) => [item.text, ...item.details]),
        harms.heading,
        harms.none,
        numbers.notOnePerson,
      ]);
    },
  );

  it('isolate the citation, so a web address keeps its own direction inside Arabic', () => {
    const source = planFor(sickleCell, 'ar').plan.studyNumbers!.sides[0].items[0]!.details[2]!;
    expect(source).toContain(isolate(sickleCell.studyNumbers![0]!.source.citation));
  });
});
