import { describeTiming } from '../../shared/describe-timing';
import type { Translate } from '../../shared/i18n-setup';
import { textDirection, type Language, type TextDirection } from '../../shared/languages';
import { resolveText } from '../../shared/schemas/localized-text';
import type { Protocol } from '../../shared/protocol/protocol';
import type { ClinicSettings } from '../../shared/schemas/clinic-settings';
import type { Timing } from '../../shared/schemas/timing';

export type HandoutBlock =
  | { kind: 'title'; text: string }
  | { kind: 'subtitle'; text: string }
  | { kind: 'notice'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; strong?: boolean }
  | { kind: 'check-item'; text: string; details: string[] };

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
  language: Language;
  protocol: Protocol;
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

export function buildHandoutContent({ clinic, firstName, language, protocol, preparedAt, t }: HandoutInput): HandoutContent {
  const text = (value: Parameters<typeof resolveText>[0]) => resolveText(value, language).text;
  const keyDateLabel = (id: string) => {
    const keyDate = protocol.keyDates.find((d) => d.id === id);
    return keyDate ? text(keyDate.label) : id;
  };
  const when = (timing: Timing | null) => (timing ? [describeTiming(timing, keyDateLabel(timing.keyDate), t)] : []);
  const protocolTitle = text(protocol.title);
  const preparedOn = new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(preparedAt);

  const blocks: HandoutBlock[] = [
    { kind: 'title', text: t('handout:title') },
    { kind: 'subtitle', text: t('handout:preparedFor', { name: isolate(firstName) }) },
    { kind: 'paragraph', text: protocolTitle, strong: true },
    { kind: 'notice', text: t('handout:notConsentForm') },
    ...clinicBlocks(clinic, language, t),
  ];
  if (protocol.isExample) blocks.push({ kind: 'notice', text: t('handout:exampleProtocol') });

  if (protocol.tests.length > 0) {
    blocks.push({ kind: 'heading', text: t('handout:testsHeading') });
    for (const test of protocol.tests) {
      blocks.push({ kind: 'check-item', text: text(test.name), details: when(test.timing) });
    }
  }
  if (protocol.medications.length > 0) {
    blocks.push({ kind: 'heading', text: t('handout:medicinesHeading') });
    for (const rule of protocol.medications) {
      blocks.push({
        kind: 'check-item',
        text: t(`checklist:action.${rule.action}`, { medicine: text(rule.medicine) }),
        details: [...when(rule.timing), text(rule.resume)],
      });
    }
  }
  blocks.push({ kind: 'paragraph', text: t('checklist:neverStopAlone'), strong: true });
  if (protocol.questions.length > 0) {
    blocks.push({ kind: 'heading', text: t('handout:questionsHeading') });
    for (const question of protocol.questions) blocks.push({ kind: 'check-item', text: text(question.text), details: [] });
  }

  return {
    language,
    direction: textDirection(language),
    documentTitle: t('handout:documentTitle', { name: firstName }),
    blocks,
    footer: (page, pages) =>
      t('handout:footer', { page, pages, protocol: protocol.id, version: protocol.version, date: preparedOn }),
  };
}
