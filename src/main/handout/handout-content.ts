import { calendarDateOf, formatCalendarDate } from '../../shared/dates/calendar-date';
import { describeDueDate, describeFollowUp, describeRuleDuration, describeTestProgress, describeTiming } from '../../shared/describe-timing';
import type { GlossaryEntry } from '../../shared/content/glossary';
import type { Lesson } from '../../shared/content/lesson';
import { termsUsed } from '../../shared/content/terms-used';
import { healthItemsFor } from '../../shared/health-history';
import type { Translate } from '../../shared/i18n-setup';
import { needsTranslationNotice } from '../../shared/translation-review';
import { ownValue } from '../../shared/own-value';
import { textDirection, type Language, type TextDirection } from '../../shared/languages';
import { matchMedications } from '../../shared/medications/match-medications';
import type { Protocol } from '../../shared/protocol/protocol';
import type { ClinicSettings } from '../../shared/schemas/clinic-settings';
import { resolveText, type LocalizedText } from '../../shared/schemas/localized-text';
import type { HandoutPatient } from '../../shared/schemas/session';
import type { Timing } from '../../shared/schemas/timing';
import { preparedBy } from '../../shared/prepared-by';
import { questionList, type ListedQuestion } from '../../shared/question-list';
import { voiceOf, withVoice } from '../../shared/voice';

export type HandoutBlock =
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
  /** A card to cut out and carry, wallet-sized. */
  | { kind: 'wallet-card'; note: string; heading: string; lines: string[] };

/** Everything the handout says, already in the reader's language, independent of how it is laid out. */
export interface HandoutContent {
  language: Language;
  direction: TextDirection;
  documentTitle: string;
  blocks: HandoutBlock[];
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
  const lines = [
    clinic.phoneOfficeHours && t('handout:phoneOfficeHours', { phone: isolate(clinic.phoneOfficeHours) }),
    clinic.phoneAfterHours && t('handout:phoneAfterHours', { phone: isolate(clinic.phoneAfterHours) }),
    clinic.address && isolate(clinic.address),
  ].filter(Boolean) as string[];
  const emergency = clinic.emergencyInstruction ? resolveText(clinic.emergencyInstruction, language).text : t('handout:emergencyDefault');
  return [
    ...(clinic.clinicName ? [{ kind: 'paragraph' as const, text: isolate(clinic.clinicName), strong: true }] : []),
    ...lines.map((text) => ({ kind: 'paragraph' as const, text })),
    { kind: 'notice' as const, text: emergency },
  ];
}

/** Each section is added only when it has something to say. */
function section(heading: string, blocks: HandoutBlock[]): HandoutBlock[] {
  return blocks.length > 0 ? [{ kind: 'heading', text: heading }, ...blocks] : [];
}

/** A subheading over its items, or nothing when there are none. */
function group(subheading: string, blocks: HandoutBlock[]): HandoutBlock[] {
  return blocks.length > 0 ? [{ kind: 'subheading', text: subheading }, ...blocks] : [];
}

/**
 * The patient's questions, as the questions step and the review list them: top three first, then the rest.
 * Until the patient has picked from the protocol's questions, all of them are offered, so the handout never goes
 * without questions to ask.
 */
function questionBlocks(patient: HandoutPatient, protocol: Protocol, lessons: readonly Lesson[], text: (value: LocalizedText) => string, t: Translate): HandoutBlock[] {
  const chosen = patient.questions.chosen.length === 0 ? protocol.questions.map((q) => q.id) : patient.questions.chosen;
  const { top, rest } = questionList(protocol.questions, lessons, { questions: { ...patient.questions, chosen }, flagged: patient.flagged }, text, t);
  const ask = (q: ListedQuestion): HandoutBlock[] => [{ kind: 'check-item', text: q.source === 'own' ? isolate(q.text) : q.text, details: [] }, { kind: 'write-in', lines: 2 }];
  if (top.length === 0) return rest.flatMap(ask);
  return [...group(t('handout:topQuestions'), top.flatMap(ask)), ...group(t('handout:otherQuestions'), rest.flatMap(ask))];
}

/**
 * Topics to go over with the counselor, in lesson order: the sections behind teach-back questions the patient
 * has not answered right yet. (The parts they marked "ask my team about this" are on their questions.)
 */
function reviewTopics(patient: HandoutPatient, lessons: readonly Lesson[], text: (value: LocalizedText) => string, t: Translate): HandoutBlock[] {
  return lessons.flatMap((lesson) =>
    lesson.sections
      .filter((section) => lesson.checks.some((check) => check.sectionId === section.id && ownValue(patient.comprehension, check.id)?.understood === false))
      .map((section): HandoutBlock => ({ kind: 'check-item', text: `${text(lesson.title)}: ${text(section.heading)}`, details: [text(section.summary), t('handout:reviewMissed')] })),
  );
}

/** Every text a reader meets in these blocks, for finding the hard words they use. */
function textsOf(blocks: readonly HandoutBlock[]): string[] {
  return blocks.flatMap((block) => {
    switch (block.kind) {
      case 'check-item':
      case 'bullet':
        return [block.text, ...block.details];
      case 'table':
        return [...block.header, ...block.rows.flat()];
      case 'wallet-card':
        return [block.heading, ...block.lines];
      case 'write-in':
        return [];
      default:
        return [block.text];
    }
  });
}

/**
 * The PDF's title, which viewers, print queues and window bars show. Only on a patient's own computer does it
 * name the patient (a saved file is easier to find); on a shared clinic computer it names no one.
 */
function documentTitle(firstName: string, mode: ClinicSettings['mode'], t: Translate): string {
  return mode === 'home' && firstName !== '' ? t('handout:documentTitle', { name: firstName }) : t('handout:documentTitleUnnamed');
}

export function buildHandoutContent(input: HandoutInput): HandoutContent {
  const { clinic, patient, language, protocol, preparedAt } = input;
  const t = withVoice(input.t, voiceOf(patient.role));
  const { firstName, keyDates, medicines } = patient;
  const text = (value: LocalizedText) => resolveText(value, language, voiceOf(patient.role)).text;
  const keyDateLabel = (id: string) => {
    const keyDate = protocol.keyDates.find((d) => d.id === id);
    return keyDate ? text(keyDate.label) : id;
  };
  const today = calendarDateOf(preparedAt);
  const when = (timing: Timing) => [describeTiming(timing, keyDateLabel(timing.keyDate), t), describeDueDate(timing, keyDates, today, keyDateLabel(timing.keyDate), t, language).text];
  const after = protocol.afterTreatment;
  const matching = matchMedications(medicines.map((m) => m.name), protocol.medications);
  const signs = (urgency: 'emergency' | 'call-team') => after.warningSigns.filter((s) => s.urgency === urgency).map((s): HandoutBlock => ({ kind: 'bullet', text: text(s.sign), details: s.when ? [text(s.when)] : [] }));

  const blocks: HandoutBlock[] = [
    { kind: 'title', text: t('handout:title') },
    { kind: 'subtitle', text: preparedBy(patient, t, isolate) },
    { kind: 'paragraph', text: text(protocol.title), strong: true },
    ...protocol.keyDates.map((d): HandoutBlock => {
      const date = ownValue(keyDates, d.id);
      return { kind: 'paragraph', text: t('handout:keyDate', { keyDate: text(d.label), date: date ? formatCalendarDate(date, language) : t('checklist:keyDates.unknown') }) };
    }),
    { kind: 'notice', text: t('handout:notConsentForm') },
    ...(needsTranslationNotice(t) ? [{ kind: 'notice' as const, text: t('handout:translationNotReviewed') }] : []),
    ...(patient.readiness ? [{ kind: 'notice' as const, text: t(`handout:readiness.${patient.readiness}`) }] : []),
    ...clinicBlocks(clinic, language, t),
  ];
  if (protocol.isExample) blocks.push({ kind: 'notice', text: t('handout:exampleProtocol') });

  blocks.push(
    ...section(
      t('handout:testsHeading'),
      protocol.tests.map((test): HandoutBlock => {
        const progress = ownValue(patient.tests, test.id);
        const status = describeTestProgress(progress, language, t);
        // A test already done needs no reminder of when it was due.
        const timing = test.timing && progress?.status !== 'done' ? when(test.timing) : [];
        return { kind: 'check-item', text: text(test.name), details: [...(status ? [status] : []), ...timing], done: progress?.status === 'done' };
      }),
    ),
  );
  blocks.push(
    ...section(t('handout:medicinesHeading'), [
      ...protocol.medications.map((rule): HandoutBlock => ({ kind: 'check-item', text: t(`checklist:action.${rule.action}`, { medicine: text(rule.medicine) }), details: [...when(rule.timing), text(rule.resume)] })),
      { kind: 'paragraph', text: t('checklist:neverStopAlone'), strong: true },
    ]),
  );
  if (medicines.length > 0) {
    const toDiscuss = [...matching.toDiscuss, ...matching.matches.filter((m) => !m.exact).map((m) => m.entry)];
    blocks.push(
      ...section(t('handout:myMedicinesHeading'), [
        { kind: 'paragraph', text: t('handout:myMedicinesIntro') },
        ...medicines.map((m): HandoutBlock => ({ kind: 'check-item', text: isolate(m.name), details: toDiscuss.includes(m.name) ? [t('checklist:myMedicines.toDiscuss')] : [] })),
      ]),
    );
  }
  blocks.push(
    ...section(
      t('handout:healthHeading'),
      healthItemsFor(protocol).flatMap((item): HandoutBlock[] => {
        const answer = patient.healthHistory[item];
        if (answer !== 'yes' && answer !== 'not-sure') return [];
        return [{ kind: 'check-item', text: t(`checklist:health.items.${item}.topic`), details: [t(answer === 'yes' ? 'handout:healthYes' : 'handout:healthNotSure')] }];
      }),
    ),
  );
  blocks.push(...section(t('handout:questionsHeading'), questionBlocks(patient, protocol, input.lessons, text, t)));
  blocks.push(...section(t('handout:reviewHeading'), reviewTopics(patient, input.lessons, text, t)));
  blocks.push(...section(t('handout:worriesHeading'), patient.worries.trim() === '' ? [] : [{ kind: 'paragraph', text: isolate(patient.worries.trim()) }]));

  const afterBlocks: HandoutBlock[] = [
    ...group(t('checklist:sections.emergency'), signs('emergency')),
    ...group(t('checklist:sections.callTeam'), signs('call-team')),
    ...group(t('checklist:sections.contacts'), after.contacts.map((c): HandoutBlock => ({ kind: 'bullet', text: text(c.who), details: [text(c.forWhat)] }))),
    ...group(t('checklist:sections.lifestyle'), after.lifestyle.map((r): HandoutBlock => ({ kind: 'bullet', text: text(r.rule), details: [describeRuleDuration(r.duration, keyDateLabel, t), text(r.why)] }))),
    ...(after.followUp.length > 0
      ? [
          { kind: 'subheading' as const, text: t('checklist:sections.followUp') },
          {
            kind: 'table' as const,
            header: [t('handout:followUpTable.what'), t('handout:followUpTable.when')],
            rows: after.followUp.map((f) => [text(f.what), describeFollowUp(f, keyDateLabel, t)]),
            fractions: [0.45, 0.55],
          },
        ]
      : []),
  ];
  blocks.push(...section(t('checklist:sections.afterTreatment'), afterBlocks));

  const words = termsUsed(input.glossary, language, textsOf(blocks));
  blocks.push(...section(t('handout:glossaryHeading'), words.map((entry): HandoutBlock => ({ kind: 'bullet', text: text(entry.term), details: [text(entry.definition)], strong: true }))));

  const treatmentDay = protocol.keyDates.at(-1);
  const treatmentDate = treatmentDay ? ownValue(keyDates, treatmentDay.id) : null;
  blocks.push({
    kind: 'wallet-card',
    note: t('handout:walletCard.cutOut'),
    heading: t('handout:walletCard.heading'),
    lines: [
      firstName === '' ? '________' : isolate(firstName),
      text(protocol.title),
      ...(treatmentDay ? [t('handout:keyDate', { keyDate: text(treatmentDay.label), date: treatmentDate ? formatCalendarDate(treatmentDate, language) : '________' })] : []),
      ...(clinic.clinicName ? [isolate(clinic.clinicName)] : []),
      t('handout:walletCard.phone', { phone: clinic.phoneAfterHours ? isolate(clinic.phoneAfterHours) : '________' }),
      t('handout:walletCard.forDoctors'),
    ],
  });

  const preparedOn = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(preparedAt);
  return {
    language,
    direction: textDirection(language),
    documentTitle: documentTitle(firstName, clinic.mode, t),
    blocks,
    footer: (page, pages) =>
      t('handout:footer', { page, pages, protocol: protocol.id, version: protocol.version, hash: input.contentHash.slice(0, 12), language, date: preparedOn }),
  };
}
