import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runHandoutCommand, USAGE, type CommandResult } from '../../../src/cli/handout-command';
import { inputLimitsTable } from '../../../src/cli/input-limits';
import { pdfText } from '../../support/pdf-tools';
import { makeTempDir } from '../../support/temp-dir';

const appRoot = path.resolve('.');

/** A handout input for the CAR-T example with these answers, prepared on 1 December 2026. */
function input(patient: Record<string, unknown>): string {
  return JSON.stringify({
    kind: 'gene-therapy-companion.handout-input',
    formatVersion: 1,
    language: 'en',
    protocol: { id: 'example-car-t' },
    patient: { role: 'patient', ...patient },
    preparedAt: '2026-12-01T10:00:00.000Z',
  });
}
const EXAMPLES = path.resolve('resources/handout-examples');

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const EXAMPLE_INPUTS = readdirSync(EXAMPLES).filter((name) => name.endsWith('.json'));

/**
 * Every shipped example, rendered by one run over the folder: each test of an example reads its own PDF here,
 * rather than rendering it again with --input (the single-file run is what the other tests use). The run has a
 * minute for each handout, as each had when it was a test of its own: a busy machine must not fail it.
 */
let examples: { outs: string; result: CommandResult };
let cleanupExamples: () => void;
beforeAll(async () => {
  const temp = makeTempDir();
  cleanupExamples = temp.cleanup;
  const outs = path.join(temp.dir, 'outs');
  examples = {
    outs,
    result: await runHandoutCommand(['--input-dir', EXAMPLES, '--out-dir', outs], appRoot),
  };
}, EXAMPLE_INPUTS.length * 60_000);
afterAll(() => cleanupExamples());
const examplePdf = (name: string) => path.join(examples.outs, name.replace(/\.json$/, '.pdf'));

describe('npm run handout', () => {
  it.each(EXAMPLE_INPUTS)('renders the shipped example %s', (name) => {
    const out = examplePdf(name);
    expect(examples.result.code).toBe(0);
    expect(examples.result.messages).toContain(`Wrote ${out}.`);
    expect(examples.result.warnings).toEqual([]);
    const input = JSON.parse(readFileSync(path.join(EXAMPLES, name), 'utf8'));
    const text = pdfText(out);
    if (input.language !== 'ar') expect(text).toContain(input.patient.firstName);
    expect(text).toContain('555-0199');
    // Every date is in words ("Monday, January 11, 2027"), never digits whose order a reader must guess ("01/05/2027").
    expect(text).not.toMatch(
      /(?<![\d٠-٩])[\d٠-٩]{1,2}\p{Cf}*[/.\-؍]\p{Cf}*[\d٠-٩]{1,2}\p{Cf}*[/.\-؍]\p{Cf}*[\d٠-٩]{2,4}(?![\d٠-٩])/u,
    );
  });

  it('prints large print with body text of at least 16 pt', async () => {
    const out = path.join(dir, 'large.pdf');
    expect(
      (
        await runHandoutCommand(
          ['--input', path.join(EXAMPLES, 'example-car-t.json'), '--out', out, '--large-print'],
          appRoot,
        )
      ).code,
    ).toBe(0);
    const regular = examplePdf('example-car-t.json');
    const fontSizes = (file: string) =>
      [
        ...execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }).matchAll(
          /yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Prepared</g,
        ),
      ].map((m) => Number(m[2]) - Number(m[1]));
    expect(fontSizes(out)[0]).toBeGreaterThan((fontSizes(regular)[0] ?? 0) * 1.2);
  });

  it('renders a whole folder, or nothing at all when one input is bad', async () => {
    expect(examples.result.code).toBe(0);
    expect(readdirSync(examples.outs).sort()).toEqual(
      readdirSync(EXAMPLES)
        .map((n) => n.replace('.json', '.pdf'))
        .sort(),
    );

    const inputs = path.join(dir, 'inputs');
    mkdirSync(inputs);
    for (const name of readdirSync(EXAMPLES))
      copyFileSync(path.join(EXAMPLES, name), path.join(inputs, name));

    writeFileSync(
      path.join(inputs, 'zz-bad.json'),
      '{"kind": "gene-therapy-companion.handout-input"}',
    );
    const again = path.join(dir, 'again');
    const result = await runHandoutCommand(['--input-dir', inputs, '--out-dir', again], appRoot);
    expect(result.code).toBe(2);
    expect(result.messages.join('\n')).toContain('zz-bad.json');
    expect(existsSync(again)).toBe(false);
  });

  it('refuses a batch whose wallet card cannot hold a line, naming the field, and writes nothing', async () => {
    const inputs = path.join(dir, 'inputs');
    mkdirSync(inputs);
    copyFileSync(path.join(EXAMPLES, 'example-car-t.json'), path.join(inputs, 'a-good.json'));
    // The ligature ﷽ is seven letters wide: two hundred of them fill more than a card folded in two.
    const tooWide = {
      ...JSON.parse(input({})),
      clinic: { clinicName: '\uFDFD'.repeat(200), phoneAfterHours: '555-0199' },
    };
    writeFileSync(path.join(inputs, 'b-card.json'), JSON.stringify(tooWide));
    const outs = path.join(dir, 'outs');
    const result = await runHandoutCommand(['--input-dir', inputs, '--out-dir', outs], appRoot);
    expect(result.code).toBe(2);
    expect(result.messages.join('\n')).toMatch(
      /b-card\.json is not a valid handout input:\n {2}clinic\.clinicName: too long for the wallet card/,
    );
    expect(existsSync(outs)).toBe(false);
  });

  it('lets options choose another language and paper', async () => {
    const out = path.join(dir, 'es.pdf');
    const result = await runHandoutCommand(
      [
        '--input',
        path.join(EXAMPLES, 'example-car-t.json'),
        '--out',
        out,
        '--language',
        'es',
        '--paper',
        'a4',
      ],
      appRoot,
    );
    expect(result.code).toBe(0);
    expect(pdfText(out)).toContain('Cómo prepararse para la terapia génica');
  });

  const bad: Array<[string, string, string]> = [
    ['not JSON', '{"kind": ', 'not valid JSON'],
    [
      'the wrong kind',
      JSON.stringify({ kind: 'other', formatVersion: 1, language: 'en', protocol: { id: 'x' } }),
      'kind',
    ],
    [
      'an unknown language',
      JSON.stringify({
        kind: 'gene-therapy-companion.handout-input',
        formatVersion: 1,
        language: 'xx',
        protocol: { id: 'example-car-t' },
      }),
      'language',
    ],
    [
      'an unknown protocol',
      JSON.stringify({
        kind: 'gene-therapy-companion.handout-input',
        formatVersion: 1,
        language: 'en',
        protocol: { id: 'no-such-protocol' },
      }),
      'no-such-protocol',
    ],
    [
      'no one saying who filled it in',
      JSON.stringify({
        kind: 'gene-therapy-companion.handout-input',
        formatVersion: 1,
        language: 'en',
        protocol: { id: 'example-car-t' },
        patient: { firstName: 'Ana' },
      }),
      'patient.role: say who filled this in',
    ],
    [
      'a bad date',
      JSON.stringify({
        kind: 'gene-therapy-companion.handout-input',
        formatVersion: 1,
        language: 'en',
        protocol: { id: 'example-car-t' },
        patient: { keyDates: { infusion: '2027-02-30' } },
      }),
      'patient.keyDates.infusion',
    ],
    [
      'a flag on no lesson part',
      JSON.stringify({
        kind: 'gene-therapy-companion.handout-input',
        formatVersion: 1,
        language: 'en',
        protocol: { id: 'example-car-t' },
        patient: { flagged: ['liver', 'no-such-part'] },
      }),
      'patient.flagged[1]: no lesson has a part "no-such-part"',
    ],
    [
      'an answer to no question',
      JSON.stringify({
        kind: 'gene-therapy-companion.handout-input',
        formatVersion: 1,
        language: 'en',
        protocol: { id: 'example-car-t' },
        patient: { comprehension: { 'no-such-check': { attempts: 1, understood: false } } },
      }),
      'patient.comprehension.no-such-check',
    ],
    [
      "an answer that is none of its question's options",
      JSON.stringify({
        kind: 'gene-therapy-companion.handout-input',
        formatVersion: 1,
        language: 'en',
        protocol: { id: 'example-car-t' },
        patient: {
          comprehension: { 'check-liver': { attempts: 1, understood: false, answer: 'maybe' } },
        },
      }),
      'patient.comprehension.check-liver.answer',
    ],
    [
      'a key date the protocol does not have',
      input({ keyDates: { foo: '2027-01-05' } }),
      'patient.keyDates.foo: no such key date in protocol example-car-t',
    ],
    [
      'a test the protocol does not have',
      input({ tests: { 'no-such-test': { status: 'done', date: '2026-11-20' } } }),
      'patient.tests.no-such-test: no such test in protocol example-car-t',
    ],
    [
      'a chosen question the protocol does not have',
      input({ questions: { chosen: ['benefit', 'no-such-question'], own: [], topThree: [] } }),
      'patient.questions.chosen[1]: no such question in protocol example-car-t',
    ],
    [
      'a top three id that points at nothing',
      input({ questions: { chosen: ['benefit'], own: [], topThree: ['benefit', 'own-9'] } }),
      'patient.questions.topThree[1]: "own-9" is none of the questions on the list',
    ],
    [
      'a top three id of a question not chosen',
      input({ questions: { chosen: ['benefit'], own: [], topThree: ['driving'] } }),
      'patient.questions.topThree[0]',
    ],
    [
      'a medicine id used twice',
      input({
        medicines: [
          { id: 'm1', name: 'Tylenol' },
          { id: 'm1', name: 'Aspirin' },
        ],
      }),
      'patient.medicines[1].id: "m1" is already used at patient.medicines[0].id',
    ],
    [
      'an own question with the id of a chosen one',
      input({
        questions: { chosen: ['benefit'], own: [{ id: 'benefit', text: 'Mine' }], topThree: [] },
      }),
      'patient.questions.own[0].id: "benefit" is already used at patient.questions.chosen[0]',
    ],
    [
      'an own question id used twice',
      input({
        questions: {
          chosen: [],
          own: [
            { id: 'q1', text: 'One' },
            { id: 'q1', text: 'Two' },
          ],
          topThree: [],
        },
      }),
      'patient.questions.own[1].id: "q1" is already used at patient.questions.own[0].id',
    ],
    [
      'a top three id given twice',
      input({ questions: { chosen: ['benefit'], own: [], topThree: ['benefit', 'benefit'] } }),
      'patient.questions.topThree[1]: "benefit" is already used at patient.questions.topThree[0]',
    ],
    [
      'a lesson part flagged twice',
      input({ flagged: ['liver', 'liver'] }),
      'patient.flagged[1]: "liver" is already used at patient.flagged[0]',
    ],
    // What was expected and what was found, never zod's bare "Invalid input".
    [
      'no protocol',
      JSON.stringify({
        kind: 'gene-therapy-companion.handout-input',
        formatVersion: 1,
        language: 'en',
        patient: { role: 'patient' },
      }),
      `protocol: is missing: expected { "id": "<protocol id>" } for one of the app's protocols, or a whole protocol`,
    ],
    [
      'a protocol given as a bare id',
      JSON.stringify({
        kind: 'gene-therapy-companion.handout-input',
        formatVersion: 1,
        language: 'en',
        protocol: 'example-car-t',
      }),
      'protocol: is not an object: expected { "id": "<protocol id>" }',
    ],
    [
      'a protocol written out without its version',
      JSON.stringify({
        kind: 'gene-therapy-companion.handout-input',
        formatVersion: 1,
        language: 'en',
        protocol: { id: 'mine', title: { en: 'Mine' } },
      }),
      'protocol.version: is missing: expected a number',
    ],
    [
      'a role that is none of the four',
      input({ role: 'mother' }),
      'patient.role: expected one of "patient", "parent", "caregiver", "representative", found the text "mother"',
    ],
    [
      'a misspelt field',
      input({ firstname: 'Ana' }),
      'patient: has a field this format does not know: "firstname" (check the spelling, or remove it)',
    ],
    [
      'a name that is a number',
      input({ firstName: 7 }),
      'patient.firstName: expected a text in quotes, found the number 7',
    ],
    [
      'more than 100 medicines',
      input({
        medicines: Array.from({ length: 101 }, (_, i) => ({ id: `m${i}`, name: 'Tylenol' })),
      }),
      'patient.medicines: may have at most 100 entries; this one has 101 entries',
    ],
    [
      'worries longer than 2,000 characters',
      input({ worries: 'w'.repeat(2001) }),
      'patient.worries: may be at most 2000 characters; this one has 2001 characters',
    ],
    [
      'a NUL in a name',
      input({ firstName: 'Ana\u0000' }),
      'patient.firstName: contains an invisible control character (U+0000) that cannot be printed; remove it',
    ],
    [
      'a BEL in the worries',
      input({ worries: 'I worry\u0007' }),
      'patient.worries: contains an invisible control character (U+0007) that cannot be printed; remove it',
    ],
    [
      'an ESC in a medicine',
      input({ medicines: [{ id: 'm1', name: '\u001b[31mTylenol' }] }),
      'patient.medicines[0].name: contains an invisible control character (U+001B)',
    ],
  ];
  it.each(bad)(
    'refuses %s, naming the problem, and writes nothing',
    async (_label, text, named) => {
      const input = path.join(dir, 'input.json');
      writeFileSync(input, text);
      const out = path.join(dir, 'out.pdf');
      const result = await runHandoutCommand(['--input', input, '--out', out], appRoot);
      expect(result.code).toBe(2);
      expect(result.messages.join('\n')).toContain(named);
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(dir)).toEqual(['input.json']);
    },
  );

  it('prints a tab as a space, in the text and in the title, and keeps the lines of the worries', async () => {
    const file = path.join(dir, 'input.json');
    writeFileSync(
      file,
      input({
        firstName: 'Ana\tMaría',
        worries: 'First worry\r\nSecond\tworry',
        questions: { chosen: [], own: [{ id: 'q1', text: 'Can I\tdrive?' }], topThree: [] },
      }),
    );
    const out = path.join(dir, 'out.pdf');
    expect((await runHandoutCommand(['--input', file, '--out', out], appRoot)).code).toBe(0);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' });
    expect(text).toContain('Ana María');
    expect(text).toContain('Can I drive?');
    expect(text).toMatch(/First worry\nSecond worry/);
    expect(text).not.toMatch(/[\t?](María|drive|worry)/);
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/^Title:.*Ana María/m);
  });

  it.each([['--help'], ['-h']])('prints the usage for %s and exits 0', async (option) => {
    expect(await runHandoutCommand([option], dir)).toEqual({
      code: 0,
      messages: [USAGE],
      warnings: [],
    });
  });

  it('makes a bilingual handout with --second-language, and one language with none', async () => {
    const file = path.join(dir, 'in.json');
    writeFileSync(file, input({ firstName: 'Ana' }));
    const out = path.join(dir, 'en-es.pdf');
    expect(
      (await runHandoutCommand(['--input', file, '--out', out, '--second-language', 'es'], appRoot))
        .code,
    ).toBe(0);
    expect(pdfText(out)).toContain('Getting ready for gene therapy');
    expect(pdfText(out)).toContain('Cómo prepararse para la terapia génica');
    // The example's own second language is set aside by "none".
    const single = path.join(dir, 'single.pdf');
    expect(
      (
        await runHandoutCommand(
          [
            '--input',
            path.join(EXAMPLES, 'bilingual-car-t-en-es.json'),
            '--out',
            single,
            '--second-language',
            'none',
          ],
          appRoot,
        )
      ).code,
    ).toBe(0);
    expect(pdfText(single)).not.toContain('Cómo prepararse');
    expect(USAGE).toContain('--second-language');
  });

  it("refuses an unknown second language, or the handout's own, and writes nothing", async () => {
    const file = path.join(dir, 'in.json');
    writeFileSync(file, input({ firstName: 'Ana' }));
    const out = path.join(dir, 'out.pdf');
    const unknown = await runHandoutCommand(
      ['--input', file, '--out', out, '--second-language', 'xx'],
      appRoot,
    );
    expect(unknown).toMatchObject({
      code: 2,
      messages: [expect.stringContaining('--second-language must be one of en, es')],
    });
    const same = await runHandoutCommand(
      ['--input', file, '--out', out, '--second-language', 'en'],
      appRoot,
    );
    expect(same.code).toBe(2);
    expect(same.messages.join('\n')).toMatch(
      /--second-language: the second language must differ from the handout's language \("en"\)[\s\S]*Nothing was written/,
    );
    // The file's own second language is checked against the language an option chose.
    const overridden = await runHandoutCommand(
      [
        '--input',
        path.join(EXAMPLES, 'bilingual-car-t-en-es.json'),
        '--out',
        out,
        '--language',
        'es',
      ],
      appRoot,
    );
    expect(overridden.messages.join('\n')).toContain(
      'secondLanguage: the second language must differ',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('prints every limit for --limits and exits 0', async () => {
    expect(await runHandoutCommand(['--limits'], dir)).toEqual({
      code: 0,
      messages: [inputLimitsTable()],
      warnings: [],
    });
  });

  it('warns on stderr about dates that look like slips, naming each field, and still makes the handout', async () => {
    const file = path.join(dir, 'input.json');
    writeFileSync(
      file,
      input({
        keyDates: {
          'cell-collection': '2027-01-11',
          lymphodepletion: '2027-02-10',
          infusion: '2027-02-06',
        },
        tests: {
          'infection-screening': { status: 'scheduled', date: '2027-01-20' },
          'pregnancy-test': { status: 'done', date: '2026-12-03' },
        },
      }),
    );
    const out = path.join(dir, 'out.pdf');
    const result = await runHandoutCommand(['--input', file, '--out', out], appRoot);
    expect(result.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(result.warnings).toEqual([
      `Warning: ${file}: patient.keyDates.infusion: 2027-02-06 is before patient.keyDates.lymphodepletion (2027-02-10), which protocol example-car-t lists first`,
      `Warning: ${file}: patient.tests.infection-screening.date: booked for 2027-01-20, after 2027-01-11, by when it is needed (patient.keyDates.cell-collection)`,
      `Warning: ${file}: patient.tests.pregnancy-test.date: done on 2026-12-03, after the handout's date (2026-12-01)`,
    ]);
    expect(result.messages.join('\n')).not.toContain('Warning');
  });

  it.each([
    [['--out', 'x.pdf'], 'Give --input and --out'],
    [['--input-dir', 'nowhere', '--out-dir', 'out'], 'no such folder'],
    [['--input', 'a.json', '--out', 'x.pdf', '--colour', 'red'], 'Unknown option'],
    [['--input', 'a.json', '--out', 'x.pdf', '--language', 'klingon'], '--language'],
    [['--input', 'missing.json', '--out', 'x.pdf'], 'no such file'],
    [['--input', '.', '--out', 'x.pdf'], 'it is a folder, not a file'],
  ])('refuses the options %j with a message', async (argv, named) => {
    const result = await runHandoutCommand(argv, dir);
    expect(result.code).toBe(2);
    expect(result.messages.join('\n')).toContain(named);
  });
});

describe('npm run handout, with characters no shipped font has', () => {
  it('still writes the handout, but exits 3 naming each field and its characters', async () => {
    const file = path.join(dir, 'unprintable.json');
    // An emoji newer than the shipped emoji font, and a private-use character.
    writeFileSync(
      file,
      input({
        firstName: 'Ana 🥰',
        medicines: [
          { id: 'm1', name: 'Aspirin' },
          { id: 'm2', name: 'Pill \u{F0001}' },
        ],
      }),
    );
    const out = path.join(dir, 'unprintable.pdf');
    const result = await runHandoutCommand(['--input', file, '--out', out], appRoot);
    expect(result.code).toBe(3);
    expect(existsSync(out)).toBe(true);
    // On stderr with the warnings, so stdout keeps only the files written.
    const said = result.warnings.join('\n');
    expect(said).toContain('patient.firstName: 🥰');
    expect(said).toContain('patient.medicines[1].name: \u{F0001}');
    expect(said).not.toContain('medicines[0]');
    expect(pdfText(out)).toContain('Ana \uFFFD');
  });
});
