import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { HandoutInputSchema, MAX_HANDOUT_INPUT_BYTES } from '../shared/handout-input';
import { LanguageSchema } from '../shared/languages';
import { loadProtocolFolder } from '../main/checklist/example-protocols';
import { readJsonFileAt } from '../main/files/read-json-file';
import { makeHandout } from '../main/handout/make-handout';
import { translatorsFrom } from '../main/i18n/translators';

export const USAGE = `Usage: npm run handout -- --input <file.json> --out <file.pdf> [--language en|es|ar] [--paper letter|a4] [--large-print]
Renders a handout from a JSON file in the documented input format (docs/handout-input.md).`;

export interface CommandResult {
  code: 0 | 1 | 2;
  messages: string[];
}

/**
 * The headless handout command, for batch printing. Bad input gets a message naming each problem, a non-zero
 * exit and no file: the PDF is written to a temporary name and moved into place only when complete.
 */
export async function runHandoutCommand(argv: readonly string[], appRoot: string): Promise<CommandResult> {
  let values: { input?: string; out?: string; language?: string; paper?: string; 'large-print'?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { input: { type: 'string' }, out: { type: 'string' }, language: { type: 'string' }, paper: { type: 'string' }, 'large-print': { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { code: 2, messages: [(error as Error).message, USAGE] };
  }
  if (!values.input || !values.out) return { code: 2, messages: ['Both --input and --out are needed.', USAGE] };
  const language = values.language === undefined ? undefined : LanguageSchema.safeParse(values.language);
  if (language && !language.success) return { code: 2, messages: [`--language must be one of ${LanguageSchema.options.join(', ')}.`] };
  if (values.paper !== undefined && !['letter', 'a4'].includes(values.paper)) return { code: 2, messages: ['--paper must be letter or a4.'] };

  const reading = readJsonFileAt(path.resolve(values.input), HandoutInputSchema, MAX_HANDOUT_INPUT_BYTES);
  if (reading === null) return { code: 2, messages: [`${values.input}: no such file.`] };
  if (!reading.ok) return { code: 2, messages: [`${values.input} is not a valid handout input:`, ...reading.problems.map((p) => `  ${p.location}: ${p.message}`)] };
  const input = reading.value;

  let protocol = 'keyDates' in input.protocol ? input.protocol : undefined;
  if (!protocol) {
    const wanted = input.protocol.id;
    protocol = loadProtocolFolder(path.join(appRoot, 'resources', 'protocols')).find((p) => p.id === wanted);
    if (!protocol) return { code: 2, messages: [`${values.input}: protocol.id "${wanted}" is not one of the app's protocols.`] };
  }

  const rendered = await makeHandout(
    {
      protocol,
      firstName: input.patient.firstName ?? '',
      keyDates: input.patient.keyDates ?? {},
      medicines: input.patient.medicines ?? [],
      language: language?.data ?? input.language,
      clinic: input.clinic,
      paper: (values.paper as 'letter' | 'a4' | undefined) ?? input.paper ?? input.clinic.paperSize,
      largePrint: values['large-print'] ?? input.largePrint ?? false,
      preparedAt: input.preparedAt ? new Date(input.preparedAt) : new Date(),
    },
    { translatorFor: translatorsFrom(path.join(appRoot, 'locales')), fontsDir: path.join(appRoot, 'resources', 'fonts') },
  );
  const out = path.resolve(values.out);
  const partial = `${out}.partial-${process.pid}`;
  writeFileSync(partial, rendered.bytes);
  renameSync(partial, out);
  const messages = [`Wrote ${values.out}.`];
  if (rendered.missingCharacters.length > 0) messages.push(`No font has these characters; they were printed as "?": ${rendered.missingCharacters.join(' ')}`);
  return { code: 0, messages };
}
