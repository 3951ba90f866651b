import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadShippedContent } from '../../src/main/content/shipped-content';
import { loadProtocolFolder } from '../../src/main/protocol/example-protocols';
import type { HandoutContent } from '../../src/main/handout/handout-content';
import { handoutContentFor } from '../../src/main/handout/make-handout';
import { translatorsFrom } from '../../src/main/i18n/translators';
import { HandoutInputSchema, type HandoutInput } from '@shared/handout/handout-input';
import type { Language } from '@shared/i18n/languages';
import type { Protocol } from '@shared/protocol/protocol';
import { DEFAULT_CLINIC_SETTINGS } from '@shared/schemas/clinic-settings';
import { emptySession, handoutPatientOf } from '@shared/schemas/session';
import { respeller } from './respell';

export const BENCH_CASES = ['latin', 'arabic', 'chinese'] as const;
export type BenchCaseName = (typeof BENCH_CASES)[number];

const root = path.resolve(import.meta.dirname, '../..');
export const FONTS_DIR = path.join(root, 'resources', 'fonts');
const PREPARED_AT = '2026-11-22T10:00:00.000Z';

/** What a patient types, in the script of each case; each new patient gets these respelled (respell.ts). */
const TYPED: Record<
  BenchCaseName,
  { language: Language; firstName: string; medicine: string; question: string; worries: string }
> = {
  latin: {
    language: 'en',
    firstName: 'Zoë Ñúñez-Łukasz',
    medicine: 'Vitamin D drops',
    question: 'Can my sister stay with me near the hospital, and for how many weeks?',
    worries: 'I worry about the weeks away from my children and whether my job will wait for me.',
  },
  arabic: {
    language: 'ar',
    firstName: 'ليلى عبد الرحمن',
    medicine: 'قطرات فيتامين د',
    question: 'هل يمكن لأختي أن تبقى معي قرب المستشفى، وكم أسبوعًا؟',
    worries: 'أقلق من الأسابيع بعيدًا عن أطفالي ومن أن عملي قد لا ينتظرني.',
  },
  chinese: {
    language: 'zh',
    firstName: '李晓梅',
    medicine: '维生素D滴剂',
    question: '我的姐姐可以陪我住在医院附近吗？要住几个星期？',
    worries: '我担心要离开孩子好几个星期，也担心工作会不会等我回来。',
  },
};

const example = JSON.parse(
  readFileSync(path.join(root, 'resources', 'handout-examples', 'example-car-t.json'), 'utf8'),
) as { patient: HandoutInput['patient'] };
let protocols: Protocol[] | null = null;

/**
 * Patient number `patient` of a case, as the headless command reads it (docs/handout-input.md): the same clinic
 * and example CAR-T checklist for all (six pages or so in each script), and the patient's own words (name, medicine, question, worries)
 * respelled for each patient after the first, so every patient's words are new.
 */
export function benchInput(name: BenchCaseName, patient: number): HandoutInput {
  const typed = TYPED[name];
  const respell =
    patient === 0
      ? (text: string) => text
      : respeller([typed.firstName, typed.medicine, typed.question, typed.worries], patient);
  return HandoutInputSchema.parse({
    kind: 'gene-therapy-companion.handout-input',
    formatVersion: 1,
    language: typed.language,
    paper: 'letter',
    clinic: {
      clinicName: 'Example Clinic',
      phoneOfficeHours: '555-0100',
      phoneAfterHours: '555-0199',
      address: '1 Example Street',
    },
    protocol: { id: 'example-car-t' },
    patient: {
      ...example.patient,
      firstName: respell(typed.firstName),
      medicines: [{ id: 'm1', name: respell(typed.medicine) }],
      questions: {
        ...example.patient.questions,
        own: [{ id: 'own-1', text: respell(typed.question) }],
      },
      worries: respell(typed.worries),
    },
    preparedAt: PREPARED_AT,
  });
}

let deps: Parameters<typeof handoutContentFor>[1] | null = null;

/** What the handout of `input` says, made as the headless command makes it (make-handout.ts). */
export function benchContent(input: HandoutInput): HandoutContent {
  deps ??= {
    translatorFor: translatorsFrom(path.join(root, 'locales')),
    fontsDir: FONTS_DIR,
    ...loadShippedContent(path.join(root, 'resources')),
  };
  protocols ??= loadProtocolFolder(path.join(root, 'resources', 'protocols'));
  const given = input.protocol;
  const protocol = 'keyDates' in given ? given : protocols.find((p) => p.id === given.id);
  if (!protocol) throw new Error(`no protocol ${given.id}`);
  return handoutContentFor(
    {
      protocol,
      patient: { ...handoutPatientOf(emptySession(input.language)), ...input.patient },
      language: input.language,
      clinic: { ...DEFAULT_CLINIC_SETTINGS, ...input.clinic },
      paper: 'letter',
      largePrint: false,
      preparedAt: new Date(PREPARED_AT),
      secondLanguage: input.secondLanguage ?? null,
    },
    deps,
  );
}

export const RENDER_OPTIONS = {
  fontsDir: FONTS_DIR,
  paper: 'letter',
  largePrint: false,
  createdAt: new Date(PREPARED_AT),
} as const;
