import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { blockTexts, isolate } from '../../../../src/main/handout/handout-content';
import {
  handoutContentFor,
  makeHandout,
  type HandoutRequest,
} from '../../../../src/main/handout/make-handout';
import { unprintableCharacters, unprintableFields } from '@shared/handout/unprintable-characters';
import {
  LANGUAGES,
  textDirection,
  type Language,
  type TextDirection,
} from '@shared/i18n/languages';
import { DEFAULT_CLINIC_SETTINGS } from '@shared/schemas/clinic-settings';
import {
  MedicineEntrySchema,
  OwnQuestionSchema,
  PatientSessionSchema,
  type HandoutPatient,
} from '@shared/schemas/session';
import { handoutDeps, patientWith } from '../../../support/handout-fixtures';
import { pdfTextAboveFooters } from '../../../support/pdf-tools';
import { readBack } from '../../../support/read-back';
import { scriptAlphabets } from '../../../support/script-alphabets';
import { makeTempDir } from '../../../support/temp-dir';
import { HARD_CASES, scriptText } from '../../../support/unicode-arbitraries';

/**
 * Random text from every script the handout has a font for, and the hard cases, typed into the patient's name,
 * medicines, own questions and worries; each handout holds every script and every hard case of its direction
 * once as a medicine and once as a question, in a language of that direction. One handout per direction by
 * default, from a fixed seed so CI is reproducible; GTC_PROPERTY_RUNS=20 makes 20 per direction,
 * GTC_PROPERTY_SEED another seed (a failure prints its seed), and GTC_PROPERTY_SHRINK=1 lets fast-check shrink
 * a failure to a smaller one (a handout per step: slow).
 */
const SEED = Number(process.env.GTC_PROPERTY_SEED ?? 14);
const RUNS = Number(process.env.GTC_PROPERTY_RUNS ?? 1);

const [protocol] = loadProtocolFolder(path.resolve('resources/protocols'));
const alphabets = scriptAlphabets();

/**
 * A handout's typed answers, in texts of its own direction: every script of that direction and every hard case
 * once as a medicine and once as a question, any of them as the name and the lines of the worries.
 */
function typedAnswersFor(direction: TextDirection) {
  // Something a person could type: not blank, within the name's limit (the limits have tests of their own). Blank
  // as the contract sees it: it folds every line break, U+0085 (next line) too, which trim() keeps, into a space.
  const samples = [
    ...alphabets.filter((alphabet) => alphabet.direction === direction).map(scriptText),
    ...Object.values(HARD_CASES[direction]),
  ].map((sample) =>
    sample.filter((text) => text.replace(/\u0085/g, ' ').trim() !== '' && text.length <= 100),
  );
  const typed = fc.oneof(...samples);
  const everyKind = fc.tuple(...samples);
  return fc.record({
    firstName: typed,
    medicines: everyKind,
    questions: everyKind,
    worries: fc.array(typed, { minLength: 1, maxLength: 5 }).map((lines) => lines.join('\n')),
  });
}
type TypedAnswers = ReturnType<typeof typedAnswersFor> extends fc.Arbitrary<infer T> ? T : never;

const codePoints = (text: string) =>
  Array.from(
    text,
    (ch) => `U+${(ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`,
  ).join(' ');

/** A typed text the contract refused, and the message the person sees. */
interface Refusal {
  input: string;
  message: string;
}

/** The answers as the app keeps them: each through its schema, which folds tabs and line breaks or refuses. */
function throughContract(answers: TypedAnswers): { patient: HandoutPatient; refusals: Refusal[] } {
  const refusals: Refusal[] = [];
  const accept = <T>(
    input: string,
    result:
      | { success: true; data: T }
      | { success: false; error: { issues: Array<{ message: string }> } },
  ): T[] => {
    if (result.success) return [result.data];
    refusals.push({ input, message: result.error.issues.map((issue) => issue.message).join('; ') });
    return [];
  };
  const { shape } = PatientSessionSchema;
  return {
    patient: patientWith({
      firstName: accept(answers.firstName, shape.firstName.safeParse(answers.firstName))[0] ?? '',
      medicines: answers.medicines.flatMap((name, i) =>
        accept(name, MedicineEntrySchema.safeParse({ id: `m${i}`, name })),
      ),
      questions: {
        chosen: [],
        own: answers.questions.flatMap((text, i) =>
          accept(text, OwnQuestionSchema.safeParse({ id: `q${i}`, text })),
        ),
        topThree: [],
      },
      worries: accept(answers.worries, shape.worries.safeParse(answers.worries))[0] ?? '',
    }),
    refusals,
  };
}

/** Each text typed into the patient's answers, with where the app says it is. */
function typedTexts(patient: HandoutPatient): Array<{ location: string; text: string }> {
  return [
    { location: 'patient.firstName', text: patient.firstName },
    ...patient.medicines.map((m, i) => ({
      location: `patient.medicines[${i}].name`,
      text: m.name,
    })),
    ...patient.questions.own.map((q, i) => ({
      location: `patient.questions.own[${i}].text`,
      text: q.text,
    })),
    { location: 'patient.worries', text: patient.worries },
  ].filter(({ text }) => text !== '');
}

/** What the handout prints for a text: each character no font has becomes the visible replacement "�". */
function printed(text: string): string {
  const missing = new Set(unprintableCharacters(text));
  return Array.from(text.normalize('NFC'), (ch) => (missing.has(ch) ? '\uFFFD' : ch)).join('');
}

/**
 * The glyphs MuPDF draws and what it says while drawing. MuPDF uses no system font, so a glyph the PDF lacks
 * shows as glyph 0; its trace device looks up every glyph and loads every font as drawing to pixels does,
 * without the time spent on pixels.
 */
function mupdfTrace(file: string): { glyphs: string[]; messages: string } {
  const run = spawnSync('mutool', ['draw', '-F', 'trace', '-o', '-', file], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  if (run.status !== 0) throw new Error(`mutool draw failed: ${run.stderr}`);
  // This build of MuPDF always says it has no colour management; that is no problem of the PDF.
  const messages = run.stderr.replace(/^warning: ICC support is not available\n/m, '');
  return {
    glyphs: [...run.stdout.matchAll(/<g unicode="[^"]*" glyph="([^"]*)"/g)].map(
      ([, glyph = '']) => glyph,
    ),
    messages,
  };
}

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = makeTempDir()));
afterAll(() => cleanup());

/** Every way a handout lets the person down on these answers; empty when each answer came back or was reported. */
async function problemsWith(answers: TypedAnswers, language: Language): Promise<string[]> {
  const problems: string[] = [];
  const { patient, refusals } = throughContract(answers);
  for (const { input, message } of refusals) {
    // Told: the message names a character the input has, by its code.
    const named = /U\+([0-9A-F]{4,6})/.exec(message);
    if (!named || !codePoints(input).includes(named[0]))
      problems.push(`refused without naming the character: ${codePoints(input)}: ${message}`);
  }

  const request: HandoutRequest = {
    protocol: protocol!,
    patient,
    language,
    clinic: DEFAULT_CLINIC_SETTINGS,
    paper: 'letter',
    largePrint: false,
    preparedAt: new Date('2026-11-22T10:00:00Z'),
  };
  const rendered = await makeHandout(request, handoutDeps);
  const file = path.join(dir, `${language}.pdf`);
  writeFileSync(file, rendered.bytes);

  // The person is told, field by field, of exactly the characters the PDF replaced (where, the text check shows).
  const told = new Set(unprintableFields(patient, 'patient').flatMap((field) => field.characters));
  const replaced = new Set(rendered.missingCharacters);
  if ([...told].some((ch) => !replaced.has(ch)) || [...replaced].some((ch) => !told.has(ch))) {
    problems.push(
      `the person is told of ${codePoints([...told].join(''))} but the PDF replaced ${codePoints([...replaced].join(''))}`,
    );
  }

  // Each typed text comes back whole, right after the text printed before it or right before the text after it
  // (either, so one garbled neighbour does not hide whether this one came back): nothing lost, added or reordered.
  const extracted = readBack(pdfTextAboveFooters(file));
  const blocks = handoutContentFor(request, handoutDeps).blocks.flatMap(blockTexts);
  const texts = blocks.map((text) => readBack(printed(text)));
  for (const { location, text } of typedTexts(patient)) {
    // The handout leaves out white space around the worries, as the schema does around the other answers.
    const places = blocks.flatMap((block, i) => (block.includes(isolate(text.trim())) ? [i] : []));
    if (places.length === 0)
      problems.push(`${location}, typed ${codePoints(text)}: not on the handout`);
    for (const i of places) {
      const [before, printedText, after] = [
        texts[i - 1] ?? '',
        texts[i] as string,
        texts[i + 1] ?? '',
      ];
      if (!extracted.includes(before + printedText) && !extracted.includes(printedText + after)) {
        problems.push(`${location}, typed ${codePoints(text)}: not given back as ${printedText}`);
      }
    }
  }

  const { glyphs, messages } = mupdfTrace(file);
  if (messages.trim() !== '') problems.push(`MuPDF: ${messages}`);
  const notdef = glyphs.filter((glyph) => glyph === '0' || glyph === '.notdef').length;
  if (notdef > 0) problems.push(`MuPDF draws ${notdef} missing glyphs`);
  return problems;
}

/**
 * Each handout gets typed text of its own direction, whose lines a reader orders as the handout does. Text of the
 * other direction comes back in an order pdftotext guesses: it has no bidi algorithm, so in a
 * left-to-right line it puts the "?" that ends a Hebrew question first, and in a right-to-left line it turns
 * words of Extension B ideographs around. Where pdftotext, which has no bidi algorithm, misorders a right-to-left
 * line (the newer Arabic marks, a Hebrew point after a plus sign, Arabic number signs), pdfTextAboveFooters puts it
 * back in reading order (rightToLeftInReadingOrder in tests/support/pdf-tools.ts).
 */
const DIRECTIONS: readonly TextDirection[] = ['ltr', 'rtl'];

describe.each(DIRECTIONS.map((direction, i) => [direction, SEED + i] as const))(
  'a handout written %s with random text from every script (seed %i)',
  (direction, seed) => {
    it(
      'gives back every typed text, or names what it could not print and shows the replacement',
      async () => {
        const languages = LANGUAGES.filter((language) => textDirection(language) === direction);
        await fc.assert(
          fc.asyncProperty(
            fc.constantFrom(...languages),
            typedAnswersFor(direction),
            async (language, answers) => {
              expect(await problemsWith(answers, language)).toEqual([]);
            },
          ),
          { seed, numRuns: RUNS, endOnFailure: process.env.GTC_PROPERTY_SHRINK === undefined },
        );
        // The suite's minute per handout: a limit only catches a hang, never a busy machine.
      },
      RUNS * 60_000,
    );
  },
);
