import { calendarDateOf, formatCalendarDate } from '@shared/dates/calendar-date';
import { describeFollowUp, describeRuleDuration } from '@shared/protocol/describe-timing';
import type { GlossaryEntry } from '@shared/content/glossary';
import type { Lesson } from '@shared/content/lesson';
import { termsUsed } from '@shared/content/terms-used';
import { planHandout, type HandoutPlan } from '@shared/handout/handout-plan';
import type { Translate } from '@shared/i18n/i18n-setup';
import { needsTranslationNotice } from '@shared/i18n/translation-review';
import { listedSign, signGroups } from '@shared/warning-signs/sign-groups';
import { ownValue } from '@shared/values/own-value';
import { textDirection, type Language, type TextDirection } from '@shared/i18n/languages';
import type { Protocol } from '@shared/protocol/protocol';
import type { ClinicSettings } from '@shared/schemas/clinic-settings';
import { resolveText, type LocalizedText } from '@shared/schemas/localized-text';
import type { HandoutPatient } from '@shared/schemas/session';
import { preparedBy } from '@shared/walkthrough/prepared-by';
import type { ListedQuestion } from '@shared/walkthrough/question-list';
import { voiceOf, withVoice } from '@shared/i18n/voice';
import { keyDateLabeller } from '@shared/dates/key-date-label';
import { datesFigureTexts, planDatesFigure, type DatesFigure } from './dates-figure';
import type { CardLine } from './wallet-card-layout';

/**
 * One piece of the handout. `id` names what it says (a test, a sign, a section's heading) the same in every
 * language, so a bilingual handout pairs each block with its translation.
 */
export type HandoutBlock = { id: string } & (
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  | { kind: 'notice'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string; strong?: boolean }
  /** Something to do, with a box to tick; `done` draws the tick already (a test the patient has had). */
  | { kind: 'check-item'; text: string; details: string[]; done?: boolean }
  /** Something to know; `strong` for a term the details explain. */
  | { kind: 'bullet'; text: string; details: string[]; strong?: boolean }
  /** Ruled lines to write an answer on. */
  | { kind: 'write-in'; lines: number }
  /** Rows of cells under a header row that repeats on every page the table reaches. */
  | { kind: 'table'; header: string[]; rows: string[][]; fractions: number[] }
  /** "Your dates at a glance": the timeline drawn on a time scale, tagged as a figure listing the dates in order. */
  | { kind: 'dates-figure'; figure: DatesFigure }
  /** A card to cut out and carry, wallet-sized; `foldedNote` is said instead of `note` when it folds in two. */
  | { kind: 'wallet-card'; note: string; foldedNote: string; heading: string; lines: CardLine[] }
);

/** Everything the handout says, already in the reader's language, independent of how it is laid out. */
export interface HandoutContent {
  language: Language;
  direction: TextDirection;
  documentTitle: string;
  blocks: HandoutBlock[];
  /** The hard words the glossary section explains, in its order. */
  terms: readonly GlossaryEntry[];
  /** The same handout in a second language, each block paired with this one's by id (bilingual-pairs.ts). */
  translation?: HandoutContent;
  /** Footer of page `page` of `pages`. */
  footer: (page: number, pages: number) => string;
}

export interface HandoutInput {
  clinic: ClinicSettings;
  patient: HandoutPatient;
  language: Language;
  protocol: Protocol;
  /** Printed in the footer so a reader can tell which version of the protocol the handout came from. */
  contentHash: string;
  preparedAt: Date;
  /** Hard words; the handout explains those it uses. */
  glossary: readonly GlossaryEntry[];
  /** The lessons: the parts marked "ask my team about this", and the topics to go over with the counselor. */
  lessons: readonly Lesson[];
  t: Translate;
  /**
   * The hard words to explain when another language decided them: a bilingual handout explains the words its
   * first language uses, in both. Otherwise those this handout's own text uses.
   */
  terms?: readonly GlossaryEntry[];
}

/**
 * Wraps a value typed by a person (a name, a phone number, an address) in a bidi isolate, so its own direction
 * decides its order: "555-0100" stays as written inside Arabic text instead of being reordered around it.
 */
export function isolate(value: string): string {
  return `\u2068${value}\u2069`;
}

/** The clinic's name, numbers and emergency wording, from its settings: on every handout. */
function clinicBlocks(clinic: ClinicSettings, language: Language, t: Translate): HandoutBlock[] {
  const lines: Array<[string, string]> = [];
  if (clinic.phoneOfficeHours)
    lines.push([
      'phone-office-hours',
      t('handout:phoneOfficeHours', { phone: isolate(clinic.phoneOfficeHours) }),
    ]);
  if (clinic.phoneAfterHours)
    lines.push([
      'phone-after-hours',
      t('handout:phoneAfterHours', { phone: isolate(clinic.phoneAfterHours) }),
    ]);
  if (clinic.address) lines.push(['address', isolate(clinic.address)]);
  const emergency = clinic.emergencyInstruction
    ? resolveText(clinic.emergencyInstruction, language).text
    : t('handout:emergencyDefault');
  return [
    ...(clinic.clinicName
      ? [
          {
            id: 'clinic-name',
            kind: 'paragraph' as const,
            text: isolate(clinic.clinicName),
            strong: true,
          },
        ]
      : []),
    ...lines.map(([id, text]) => ({ id, kind: 'paragraph' as const, text })),
    { id: 'emergency', kind: 'notice' as const, text: emergency },
  ];
}

/** Each section is added only when it has something to say. */
function section(id: string, heading: string, blocks: HandoutBlock[]): HandoutBlock[] {
  return blocks.length > 0
    ? [{ id: `section:${id}`, kind: 'heading', text: heading }, ...blocks]
    : [];
}

/** A subheading over its items, or nothing when there are none. */
function group(id: string, subheading: string, blocks: HandoutBlock[]): HandoutBlock[] {
  return blocks.length > 0
    ? [{ id: `group:${id}`, kind: 'subheading', text: subheading }, ...blocks]
    : [];
}

/** A question to ask, with room to write the answer; the person's own is isolated, its direction its own. */
function questionBlocks(q: ListedQuestion): HandoutBlock[] {
  const id = `question:${q.source}:${q.id}`;
  return [
    { id, kind: 'check-item', text: q.source === 'own' ? isolate(q.text) : q.text, details: [] },
    { id: `${id}:write-in`, kind: 'write-in', lines: 2 },
  ];
}

/** The questions as the plan lists them: top three first, then the rest. */
function questionsOf({ top, rest }: HandoutPlan['questions'], t: Translate): HandoutBlock[] {
  if (top.length === 0) return rest.flatMap(questionBlocks);
  return [
    ...group('top-questions', t('handout:topQuestions'), top.flatMap(questionBlocks)),
    ...group('other-questions', t('handout:otherQuestions'), rest.flatMap(questionBlocks)),
  ];
}

/** A glossary word's warning signs as lines under it: each level's words, then its signs. */
function signLines(
  ids: readonly string[],
  t: Translate,
  text: (value: LocalizedText) => string,
): string[] {
  return signGroups(
    ids.map((id) => listedSign(id)),
    t,
    text,
  ).flatMap((group) => [group.heading, group.signs.map((sign) => sign.text).join('; ')]);
}

/** Good results and harms one after the other, each under its heading, with the line on what a number cannot say. */
function studyNumberBlocks(plan: HandoutPlan['studyNumbers']): HandoutBlock[] {
  if (!plan) return [];
  return section('study-numbers', plan.heading, [
    { id: 'study-numbers:intro', kind: 'paragraph', text: plan.intro },
    ...plan.sides.flatMap((side) =>
      group(
        `study-numbers:${side.effect}`,
        side.heading,
        side.none === null
          ? side.items.map((item): HandoutBlock => ({
              id: `study-number:${item.id}`,
              kind: 'bullet',
              text: item.text,
              details: item.details,
            }))
          : [{ id: `study-numbers:${side.effect}:none`, kind: 'paragraph', text: side.none }],
      ),
    ),
    {
      id: 'study-numbers:not-one-person',
      kind: 'paragraph',
      text: plan.notOnePerson,
      strong: true,
    },
  ]);
}

/**
 * Every text a reader meets in a block, in reading order: what the glossary looks for hard words in, and what the
 * bench respells. A wallet card's note is the one-panel card's (the folded card's says the same with a fold).
 */
export function blockTexts(block: HandoutBlock): string[] {
  switch (block.kind) {
    case 'check-item':
    case 'bullet':
      return [block.text, ...block.details];
    case 'table':
      return [...block.header, ...block.rows.flat()];
    case 'wallet-card':
      return [block.note, block.heading, ...block.lines.map((line) => line.text)];
    case 'write-in':
      return [];
    case 'dates-figure':
      return datesFigureTexts(block.figure);
    default:
      return [block.text];
  }
}

/**
 * The PDF's title, which viewers, print queues and window bars show. Only on a patient's own computer does it
 * name the patient (a saved file is easier to find); on a shared clinic computer it names no one.
 */
function documentTitle(firstName: string, mode: ClinicSettings['mode'], t: Translate): string {
  return mode === 'home' && firstName !== ''
    ? t('handout:documentTitle', { name: firstName })
    : t('handout:documentTitleUnnamed');
}

export function buildHandoutContent(input: HandoutInput): HandoutContent {
  const { clinic, patient, language, protocol, preparedAt } = input;
  const t = withVoice(input.t, voiceOf(patient.role));
  const { firstName, keyDates } = patient;
  const text = (value: LocalizedText) => resolveText(value, language, voiceOf(patient.role)).text;
  const keyDateLabel = keyDateLabeller(protocol.keyDates, text);
  const today = calendarDateOf(preparedAt);
  const plan = planHandout({
    patient,
    protocol,
    lessons: input.lessons,
    language,
    today,
    t,
    text,
    crisisLine: clinic.crisisLine,
    typed: isolate,
  });
  const after = protocol.afterTreatment;

  const blocks: HandoutBlock[] = [
    { id: 'title', kind: 'title', text: t('handout:title') },
    { id: 'prepared-by', kind: 'subtitle', text: preparedBy(patient, t, isolate) },
    { id: 'protocol-title', kind: 'paragraph', text: text(protocol.title), strong: true },
    ...plan.keyDates.map((d): HandoutBlock => ({
      id: `key-date:${d.id}`,
      kind: 'paragraph',
      text: d.text,
    })),
    { id: 'not-consent-form', kind: 'notice', text: t('handout:notConsentForm') },
    ...(needsTranslationNotice(t)
      ? [
          {
            id: 'translation-not-reviewed',
            kind: 'notice' as const,
            text: t('handout:translationNotReviewed'),
          },
        ]
      : []),
    ...(plan.readiness ? [{ id: 'readiness', kind: 'notice' as const, text: plan.readiness }] : []),
    ...clinicBlocks(clinic, language, t),
  ];
  if (protocol.isExample)
    blocks.push({ id: 'example-protocol', kind: 'notice', text: t('handout:exampleProtocol') });

  // Right under the key dates and the clinic's numbers: a date that looks like a slip is worth a call before anything else.
  blocks.push(
    ...section(
      'date-notes',
      t('handout:dateNotesHeading'),
      plan.dateNotes.map((note): HandoutBlock => ({
        id: `date-note:${note.id}`,
        kind: 'check-item',
        text: note.whose,
        details: [note.text],
      })),
    ),
  );
  blocks.push(
    ...section('dates-figure', t('handout:datesFigure.heading'), [
      {
        id: 'dates-figure',
        kind: 'dates-figure',
        figure: planDatesFigure(plan.timeline, today, t, language),
      },
    ]),
  );
  blocks.push(
    ...section(
      'tests',
      t('handout:testsHeading'),
      plan.tests.map((test): HandoutBlock => ({
        id: `test:${test.id}`,
        kind: 'check-item',
        text: test.text,
        details: [test.status, ...test.details],
        done: test.done,
      })),
    ),
  );
  blocks.push(
    ...section('medicine-rules', t('handout:medicinesHeading'), [
      ...plan.medicineRules.map((rule): HandoutBlock => ({
        id: `medicine-rule:${rule.id}`,
        kind: 'check-item',
        text: rule.text,
        details: rule.details,
      })),
      {
        id: 'never-stop-alone',
        kind: 'paragraph',
        text: t('checklist:neverStopAlone'),
        strong: true,
      },
    ]),
  );
  if (plan.ownMedicines.length > 0) {
    blocks.push(
      ...section('own-medicines', t('handout:myMedicinesHeading'), [
        { id: 'own-medicines:intro', kind: 'paragraph', text: t('handout:myMedicinesIntro') },
        ...plan.ownMedicines.map((m): HandoutBlock => ({
          id: `own-medicine:${m.id}`,
          kind: 'check-item',
          text: isolate(m.name),
          details: m.notes,
        })),
      ]),
    );
  }
  blocks.push(
    ...section(
      'health',
      t('handout:healthHeading'),
      plan.health.map((item): HandoutBlock => ({
        id: `health:${item.id}`,
        kind: 'check-item',
        text: item.text,
        details: [item.answer],
      })),
    ),
  );
  // Just before the questions: the numbers are what a decision weighs, and a missing one is a question to ask.
  blocks.push(...studyNumberBlocks(plan.studyNumbers));
  blocks.push(
    ...section('questions', t('handout:questionsHeading'), questionsOf(plan.questions, t)),
  );
  blocks.push(
    ...section(
      'review-topics',
      t('handout:reviewHeading'),
      plan.reviewTopics.map((topic): HandoutBlock => ({
        id: `review-topic:${topic.id}`,
        kind: 'check-item',
        text: topic.text,
        details: topic.details,
      })),
    ),
  );
  blocks.push(
    ...section(
      'worries',
      t('handout:worriesHeading'),
      plan.worries === ''
        ? []
        : [{ id: 'worries', kind: 'paragraph', text: isolate(plan.worries) }],
    ),
  );
  blocks.push(
    ...section(
      'support',
      t('handout:support.heading'),
      plan.support.map((line): HandoutBlock => ({
        id: `support:${line.id}`,
        kind: 'bullet',
        text: line.text,
        details: line.details,
      })),
    ),
  );

  const afterBlocks: HandoutBlock[] = [
    ...plan.warningSigns.flatMap((level) =>
      group(
        `sign-level:${level.level}`,
        level.heading,
        level.signs.map((sign): HandoutBlock => ({
          id: `sign:${sign.id}`,
          kind: 'bullet',
          text: sign.text,
          details: sign.details,
        })),
      ),
    ),
    ...group(
      'contacts',
      t('checklist:sections.contacts'),
      after.contacts.map((c, i): HandoutBlock => ({
        id: `contact:${i}`,
        kind: 'bullet',
        text: text(c.who),
        details: [text(c.forWhat)],
      })),
    ),
    ...group(
      'lifestyle',
      t('checklist:sections.lifestyle'),
      after.lifestyle.map((r, i): HandoutBlock => ({
        id: `lifestyle:${i}`,
        kind: 'bullet',
        text: text(r.rule),
        details: [describeRuleDuration(r.duration, keyDateLabel, t), text(r.why)],
      })),
    ),
    ...(after.followUp.length > 0
      ? [
          {
            id: 'group:follow-up',
            kind: 'subheading' as const,
            text: t('checklist:sections.followUp'),
          },
          {
            id: 'follow-up',
            kind: 'table' as const,
            header: [t('handout:followUpTable.what'), t('handout:followUpTable.when')],
            rows: after.followUp.map((f) => [text(f.what), describeFollowUp(f, keyDateLabel, t)]),
            fractions: [0.45, 0.55],
          },
        ]
      : []),
  ];
  blocks.push(...section('after-treatment', t('checklist:sections.afterTreatment'), afterBlocks));

  const words = input.terms ?? termsUsed(input.glossary, language, blocks.flatMap(blockTexts));
  blocks.push(
    ...section(
      'glossary',
      t('handout:glossaryHeading'),
      words.map((entry): HandoutBlock => ({
        id: `term:${entry.id}`,
        kind: 'bullet',
        text: text(entry.term),
        details: [text(entry.definition), ...signLines(entry.warningSigns ?? [], t, text)],
        strong: true,
      })),
    ),
  );

  const treatmentIndex = protocol.keyDates.length - 1;
  const treatmentDay = protocol.keyDates[treatmentIndex];
  const treatmentDate = treatmentDay ? ownValue(keyDates, treatmentDay.id) : null;
  // Each line names the input it comes from, so a card that cannot hold it says what to shorten.
  blocks.push({
    id: 'wallet-card',
    kind: 'wallet-card',
    note: t('handout:walletCard.cutOut'),
    foldedNote: t('handout:walletCard.cutOutFolded'),
    heading: t('handout:walletCard.heading'),
    lines: [
      { text: firstName === '' ? '________' : isolate(firstName), location: 'patient.firstName' },
      { text: text(protocol.title), location: 'protocol.title' },
      ...(treatmentDay
        ? [
            {
              text: t('handout:keyDate', {
                keyDate: text(treatmentDay.label),
                date: treatmentDate ? formatCalendarDate(treatmentDate, language) : '________',
              }),
              location: `protocol.keyDates.${treatmentIndex}.label`,
            },
          ]
        : []),
      ...(clinic.clinicName
        ? [{ text: isolate(clinic.clinicName), location: 'clinic.clinicName' }]
        : []),
      // A blank line for the 24-hour number would be left blank in a crisis: without the number, say where to find one.
      clinic.phoneAfterHours
        ? {
            text: t('handout:walletCard.phone', { phone: isolate(clinic.phoneAfterHours) }),
            location: 'clinic.phoneAfterHours',
          }
        : { text: t('handout:walletCard.noPhone'), location: null },
      { text: t('handout:walletCard.forDoctors'), location: null },
    ],
  });

  const preparedOn = new Intl.DateTimeFormat(language, {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(preparedAt);
  return {
    language,
    direction: textDirection(language),
    documentTitle: documentTitle(firstName, clinic.mode, t),
    blocks,
    terms: words,
    footer: (page, pages) =>
      t('handout:footer', {
        page,
        pages,
        protocol: protocol.id,
        version: protocol.version,
        hash: input.contentHash.slice(0, 12),
        language,
        date: preparedOn,
      }),
  };
}
