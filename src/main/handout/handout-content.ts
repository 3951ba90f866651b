import { calendarDateOf, formatCalendarDate } from '../../shared/dates/calendar-date';
import { describeDueDate, describeFollowUp, describeRuleDuration, describeTiming } from '../../shared/describe-timing';
import type { Translate } from '../../shared/i18n-setup';
import { textDirection, type Language, type TextDirection } from '../../shared/languages';
import { matchMedications } from '../../shared/medications/match-medications';
import type { Protocol } from '../../shared/protocol/protocol';
import type { ClinicSettings } from '../../shared/schemas/clinic-settings';
import { resolveText, type LocalizedText } from '../../shared/schemas/localized-text';
import type { PatientSession } from '../../shared/schemas/session';
import type { Timing } from '../../shared/schemas/timing';

export type HandoutBlock =
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  | { kind: 'notice'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string; strong?: boolean }
  | { kind: 'check-item'; text: string; details: string[] }
  | { kind: 'bullet'; text: string; details: string[] }
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
  firstName: string;
  keyDates: PatientSession['keyDates'];
  medicines: PatientSession['medicines'];
  language: Language;
  protocol: Protocol;
  /** Printed in the footer so a reader can tell which version of the protocol the handout came from. */
  contentHash: string;
  preparedAt: Date;
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

export function buildHandoutContent(input: HandoutInput): HandoutContent {
  const { clinic, firstName, keyDates, medicines, language, protocol, preparedAt, t } = input;
  const text = (value: LocalizedText) => resolveText(value, language).text;
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
    { kind: 'subtitle', text: t('handout:preparedFor', { name: isolate(firstName) }) },
    { kind: 'paragraph', text: text(protocol.title), strong: true },
    ...protocol.keyDates.map((d): HandoutBlock => {
      const date = keyDates[d.id];
      return { kind: 'paragraph', text: t('handout:keyDate', { keyDate: text(d.label), date: date ? formatCalendarDate(date, language) : t('checklist:keyDates.unknown') }) };
    }),
    { kind: 'notice', text: t('handout:notConsentForm') },
    ...clinicBlocks(clinic, language, t),
  ];
  if (protocol.isExample) blocks.push({ kind: 'notice', text: t('handout:exampleProtocol') });

  blocks.push(...section(t('handout:testsHeading'), protocol.tests.map((test) => ({ kind: 'check-item', text: text(test.name), details: test.timing ? when(test.timing) : [] }))));
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
  blocks.push(...section(t('handout:questionsHeading'), protocol.questions.flatMap((q): HandoutBlock[] => [{ kind: 'check-item', text: text(q.text), details: [] }, { kind: 'write-in', lines: 2 }])));

  const afterBlocks: HandoutBlock[] = [
    ...(signs('emergency').length > 0 ? [{ kind: 'subheading' as const, text: t('checklist:sections.emergency') }, ...signs('emergency')] : []),
    ...(signs('call-team').length > 0 ? [{ kind: 'subheading' as const, text: t('checklist:sections.callTeam') }, ...signs('call-team')] : []),
    ...(after.contacts.length > 0 ? [{ kind: 'subheading' as const, text: t('checklist:sections.contacts') }, ...after.contacts.map((c): HandoutBlock => ({ kind: 'bullet', text: text(c.who), details: [text(c.forWhat)] }))] : []),
    ...(after.lifestyle.length > 0
      ? [{ kind: 'subheading' as const, text: t('checklist:sections.lifestyle') }, ...after.lifestyle.map((r): HandoutBlock => ({ kind: 'bullet', text: text(r.rule), details: [describeRuleDuration(r.duration, keyDateLabel, t), text(r.why)] }))]
      : []),
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

  const treatmentDay = protocol.keyDates.at(-1);
  const treatmentDate = treatmentDay ? keyDates[treatmentDay.id] : null;
  blocks.push({
    kind: 'wallet-card',
    note: t('handout:walletCard.cutOut'),
    heading: t('handout:walletCard.heading'),
    lines: [
      isolate(firstName),
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
    documentTitle: t('handout:documentTitle', { name: firstName }),
    blocks,
    footer: (page, pages) =>
      t('handout:footer', { page, pages, protocol: protocol.id, version: protocol.version, hash: input.contentHash.slice(0, 12), language, date: preparedOn }),
  };
}
