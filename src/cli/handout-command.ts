import { mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  HandoutInputSchema,
  MAX_HANDOUT_INPUT_BYTES,
  type HandoutInput,
} from '@shared/handout/handout-input';
import { LANGUAGES, type Language } from '@shared/i18n/languages';
import { LanguageSchema } from '@shared/schemas/language';
import type { Protocol } from '@shared/protocol/protocol';
import { emptySession, handoutPatientOf, RoleSchema } from '@shared/schemas/session';
import { DEFAULT_CLINIC_SETTINGS } from '@shared/schemas/clinic-settings';
import { paperForRegion, regionOfLocale } from '@shared/handout/paper-for-region';
import { PaperSchema } from '@shared/schemas/paper';
import { loadShippedContent, type ShippedContent } from '../main/content/shipped-content';
import { unknownLessonReferences } from '@shared/content/lesson-references';
import { calendarDateOf } from '@shared/dates/calendar-date';
import { dateNotes } from '@shared/dates/date-notes';
import { duplicateIds } from '@shared/values/duplicate-ids';
import { unknownProtocolReferences } from '@shared/protocol/protocol-references';
import { dateWarning } from './date-warnings';
import { inputLimitsTable } from './input-limits';
import { lessonsForProtocol } from '@shared/content/lessons-for-protocol';
import { protocolFolder, type ProtocolFolder } from '../main/protocol/example-protocols';
import { readJsonFileAt } from '../main/files/read-json-file';
import { makeHandout } from '../main/handout/make-handout';
import { prepareShaping } from '../main/handout/fonts/shaping-font';
import type { RenderedHandout } from '../main/handout/render-handout';
import { WalletCardTooFull } from '../main/handout/wallet-card-layout';
import { translatorsFrom } from '../main/i18n/translators';
import { unprintableFields } from '@shared/handout/unprintable-characters';
import { secondLanguageProblem } from '@shared/handout/second-language';

export const USAGE = `Usage: npm run handout -- --input <file.json> --out <file.pdf> [options]
   or: npm run handout -- --input-dir <folder> --out-dir <folder> [options]

Renders patient handouts (PDF) from JSON files in the handout input format (docs/handout-input.md).
Examples are in resources/handout-examples/.

  --input <file.json>       one input file
  --out <file.pdf>          where to write its handout
  --input-dir <folder>      every .json file in the folder; if one is bad, none is made
  --out-dir <folder>        where to write their handouts, each named like its input
  --language ${LANGUAGES.join('|')}    the handout's language, instead of the file's
  --second-language ${LANGUAGES.join('|')}|none
                            a bilingual handout: each paragraph followed by its translation in this language,
                            instead of the file's "secondLanguage"; none for one language
  --paper letter|a4         the paper size, instead of the file's or the clinic's
  --large-print             body text at 16 pt
  --limits                  every field's limit (how long a text, how many entries), as a table
  --help                    this text

Exit codes: 0 written (warnings, if any, on stderr); 2 bad options or input, each problem named, nothing written;
1 an unexpected failure, nothing written; 3 written, but some characters no shipped font has (each field named on
stderr) show as "\uFFFD".`;

export interface CommandResult {
  /** 3: written, but with characters no shipped font has, each named with its field. */
  code: 0 | 1 | 2 | 3;
  messages: string[];
  /**
   * What staff should check though the handout is still made, each naming the file and, where it can, the
   * field: dates that look like slips (src/shared/dates/date-notes.ts), characters no font has. Said on stderr,
   * apart from the files written, so a script reading stdout is not misled.
   */
  warnings: string[];
}

/** Bad options or input: exit 2, with what is wrong, and nothing written. */
function refused(...messages: string[]): CommandResult {
  return { code: 2, messages, warnings: [] };
}

interface Job {
  input: string;
  out: string;
}

type Checked =
  { ok: true; input: HandoutInput; protocol: Protocol } | { ok: false; messages: string[] };

/**
 * The headless handout command, for batch printing. Every input is checked before anything is rendered: bad
 * input gets a message naming each problem, a non-zero exit and no file at all. Each PDF is written to a
 * temporary name and moved into place only when complete.
 */
export async function runHandoutCommand(
  argv: readonly string[],
  appRoot: string,
): Promise<CommandResult> {
  let values: {
    input?: string;
    out?: string;
    'input-dir'?: string;
    'out-dir'?: string;
    language?: string;
    'second-language'?: string;
    paper?: string;
    'large-print'?: boolean;
    help?: boolean;
    limits?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        input: { type: 'string' },
        out: { type: 'string' },
        'input-dir': { type: 'string' },
        'out-dir': { type: 'string' },
        language: { type: 'string' },
        'second-language': { type: 'string' },
        paper: { type: 'string' },
        'large-print': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        limits: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return refused((error as Error).message, USAGE);
  }
  if (values.help) return { code: 0, messages: [USAGE], warnings: [] };
  if (values.limits) return { code: 0, messages: [inputLimitsTable()], warnings: [] };
  const language =
    values.language === undefined ? undefined : LanguageSchema.safeParse(values.language);
  if (language && !language.success)
    return refused(`--language must be one of ${LanguageSchema.options.join(', ')}.`);
  const secondOption = values['second-language'];
  const second =
    secondOption === undefined || secondOption === 'none'
      ? undefined
      : LanguageSchema.safeParse(secondOption);
  if (second && !second.success)
    return refused(
      `--second-language must be one of ${LanguageSchema.options.join(', ')}, or none.`,
    );
  if (values.paper !== undefined && !PaperSchema.safeParse(values.paper).success)
    return refused(`--paper must be ${PaperSchema.options.join(' or ')}.`);

  let jobs: Job[];
  if (values.input && values.out && !values['input-dir'])
    jobs = [{ input: values.input, out: values.out }];
  else if (values['input-dir'] && values['out-dir'] && !values.input) {
    const folder = values['input-dir'];
    let names: string[];
    try {
      names = readdirSync(folder)
        .filter((name) => name.endsWith('.json'))
        .sort();
    } catch {
      return refused(`${folder}: no such folder.`);
    }
    if (names.length === 0) return refused(`${folder} holds no .json input.`);
    jobs = names.map((name) => ({
      input: path.join(folder, name),
      out: path.join(values['out-dir'] as string, name.replace(/\.json$/, '.pdf')),
    }));
  } else return refused('Give --input and --out, or --input-dir and --out-dir.', USAGE);

  // HarfBuzz compiles on V8's own threads while the input is checked.
  prepareShaping();
  // Read only once an input needs them, so a bad option is reported without touching the app's files.
  let protocols: ProtocolFolder | null = null;
  let content: ShippedContent | null = null;
  const appProtocols = () =>
    (protocols ??= protocolFolder(path.join(appRoot, 'resources', 'protocols')));
  const shipped = () => (content ??= loadShippedContent(path.join(appRoot, 'resources')));
  const check = (job: Job): Checked => {
    const reading = readJsonFileAt(
      path.resolve(job.input),
      HandoutInputSchema,
      MAX_HANDOUT_INPUT_BYTES,
    );
    if (reading === null) return { ok: false, messages: [`${job.input}: no such file.`] };
    if (!reading.ok)
      return {
        ok: false,
        messages: [
          `${job.input} is not a valid handout input:`,
          ...reading.problems.map((p) => `  ${p.location}: ${p.message}`),
        ],
      };
    const given = reading.value.protocol;
    const protocol = 'keyDates' in given ? given : appProtocols().protocol(given.id);
    if (!protocol)
      return {
        ok: false,
        messages: [
          `${job.input}: protocol.id: "${given.id}" is not one of the app's protocols (${appProtocols().ids.join(', ')}).`,
        ],
      };
    const patient = reading.value.patient;
    const unknown = [
      ...unknownLessonReferences(
        lessonsForProtocol(shipped().lessons, protocol, patient.role),
        patient,
        'patient.',
      ),
      ...unknownProtocolReferences(protocol, patient, 'patient.'),
      ...duplicateIds(patient, 'patient.'),
      // Every text speaks to whoever filled it in ("your child's liver tests"), so that is never assumed.
      ...(patient.role
        ? []
        : [
            {
              location: 'patient.role',
              message: `say who filled this in: ${RoleSchema.options.map((role) => `"${role}"`).join(', ')}`,
            },
          ]),
    ];
    if (unknown.length > 0)
      return {
        ok: false,
        messages: [
          `${job.input} is not a valid handout input:`,
          ...unknown.map((p) => `  ${p.location}: ${p.message}`),
        ],
      };
    return { ok: true, input: reading.value, protocol };
  };
  const checked = jobs.map(check);
  const problems = checked.flatMap((c) => (c.ok ? [] : c.messages));
  if (problems.length > 0) return refused(...problems, 'Nothing was written.');

  const translatorFor = translatorsFrom(path.join(appRoot, 'locales'));
  const region = regionOfLocale(Intl.DateTimeFormat().resolvedOptions().locale);
  const fontsDir = path.join(appRoot, 'resources', 'fonts');
  const messages: string[] = [];
  const warnings: string[] = [];
  let unprintable = false;
  // Every handout is made before any is written: one whose wallet card cannot hold its text refuses the batch.
  const made: Array<{ job: Job; input: HandoutInput; rendered: RenderedHandout }> = [];
  for (const [index, job] of jobs.entries()) {
    const { input, protocol } = checked[index] as Extract<Checked, { ok: true }>;
    const preparedAt = input.preparedAt ? new Date(input.preparedAt) : new Date();
    const today = calendarDateOf(preparedAt);
    warnings.push(
      ...dateNotes(protocol, input.patient, today).map(
        (note) => `Warning: ${job.input}: ${dateWarning(note, protocol.id, today)}`,
      ),
    );
    const chosenLanguage: Language = language?.data ?? input.language;
    const secondLanguage =
      secondOption === 'none' ? null : (second?.data ?? input.secondLanguage ?? null);
    const sameLanguage = secondLanguageProblem(chosenLanguage, secondLanguage);
    if (sameLanguage)
      return refused(
        `${job.input}: ${secondOption === undefined ? 'secondLanguage' : '--second-language'}: ${sameLanguage}.`,
        'Nothing was written.',
      );
    const clinic = {
      ...DEFAULT_CLINIC_SETTINGS,
      paperSize: paperForRegion(region),
      ...input.clinic,
    };
    const rendered = await makeHandout(
      {
        protocol,
        patient: { ...handoutPatientOf(emptySession(chosenLanguage)), ...input.patient },
        language: chosenLanguage,
        clinic,
        paper: PaperSchema.optional().parse(values.paper) ?? input.paper ?? clinic.paperSize,
        largePrint: values['large-print'] ?? input.largePrint ?? false,
        preparedAt,
        secondLanguage,
      },
      { translatorFor, fontsDir, ...shipped() },
    ).catch((error: unknown) => {
      if (error instanceof WalletCardTooFull) return error;
      throw error;
    });
    if (rendered instanceof WalletCardTooFull)
      return refused(
        `${job.input} is not a valid handout input:`,
        `  ${rendered.message}`,
        'Nothing was written.',
      );
    made.push({ job, input, rendered });
  }
  for (const { job, input, rendered } of made) {
    const out = path.resolve(job.out);
    mkdirSync(path.dirname(out), { recursive: true });
    const partial = `${out}.partial-${process.pid}`;
    writeFileSync(partial, rendered.bytes);
    renameSync(partial, out);
    messages.push(`Wrote ${job.out}.`);
    if (rendered.missingCharacters.length > 0) {
      // Never silent: a batch script sees the exit code, a person sees which field to correct.
      unprintable = true;
      const fields = unprintableFields(input);
      warnings.push(
        `Warning: ${job.input}: these characters cannot be printed and show as "\uFFFD" in the handout:`,
        ...(fields.length > 0
          ? fields.map((field) => `  ${field.location}: ${field.characters.join(' ')}`)
          : [`  ${rendered.missingCharacters.join(' ')}`]),
      );
    }
  }
  return { code: unprintable ? 3 : 0, messages, warnings };
}
