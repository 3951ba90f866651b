import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { apiContract } from '@shared/contract/api-contract';
import { HandoutInputSchema } from '@shared/handout/handout-input';
import { PatientPlanSchema } from '@shared/protocol/patient-plan';
import { DEFAULT_CLINIC_SETTINGS } from '@shared/schemas/clinic-settings';

const [protocol] = loadProtocolFolder(path.resolve('resources/protocols'));
if (!protocol) throw new Error('no example protocol');
const [rule] = protocol.medications;
if (!rule) throw new Error('no medicine rule');

type Path = ReadonlyArray<string | number>;

/** Puts a value at a place inside an object, copying every level on the way. */
function withValue(base: unknown, at: Path, value: unknown): unknown {
  const [head, ...rest] = at;
  if (head === undefined) return value;
  const copy = (Array.isArray(base) ? [...base] : { ...(base as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head] = withValue(copy[head], rest, value);
  return copy;
}

function valueAt(data: unknown, at: Path): unknown {
  return at.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], data);
}

const handoutInput = {
  kind: 'gene-therapy-companion.handout-input',
  formatVersion: 1,
  language: 'en',
  protocol: { id: 'example-car-t' },
  patient: {
    medicines: [{ id: 'm1', name: 'x' }],
    questions: { chosen: [], own: [{ id: 'q1', text: 'x' }], topThree: [] },
  },
};
const plan = {
  kind: 'gene-therapy-companion.patient-plan',
  formatVersion: 2,
  createdAt: '2026-12-01T10:00:00.000Z',
  clinicName: 'x',
  firstName: 'x',
  protocol,
  keyDates: {},
};

/** Each text a person writes that can reach a handout, where it is checked, and whether it may run over lines. */
const FIELDS: Array<{
  field: string;
  lines: 'one' | 'many';
  schema: z.ZodType;
  base: unknown;
  at: Path;
}> = [
  // The command line's input.
  ...(['firstName', 'helperName'] as const).map((name) => ({
    field: `handout input patient.${name}`,
    lines: 'one' as const,
    schema: HandoutInputSchema,
    base: handoutInput,
    at: ['patient', name],
  })),
  {
    field: 'handout input patient.medicines[].name',
    lines: 'one',
    schema: HandoutInputSchema,
    base: handoutInput,
    at: ['patient', 'medicines', 0, 'name'],
  },
  {
    field: 'handout input patient.questions.own[].text',
    lines: 'many',
    schema: HandoutInputSchema,
    base: handoutInput,
    at: ['patient', 'questions', 'own', 0, 'text'],
  },
  {
    field: 'handout input patient.worries',
    lines: 'many',
    schema: HandoutInputSchema,
    base: handoutInput,
    at: ['patient', 'worries'],
  },
  ...(
    [
      'clinicName',
      'phoneOfficeHours',
      'phoneAfterHours',
      'crisisLine',
      'address',
      'printer',
    ] as const
  ).map((name) => ({
    field: `handout input clinic.${name}`,
    lines: 'one' as const,
    schema: HandoutInputSchema,
    base: handoutInput,
    at: ['clinic', name],
  })),
  {
    field: 'handout input clinic.emergencyInstruction',
    lines: 'many',
    schema: HandoutInputSchema,
    base: handoutInput,
    at: ['clinic', 'emergencyInstruction', 'en'],
  },
  {
    field: 'handout input protocol title (a clinic text)',
    lines: 'many',
    schema: HandoutInputSchema,
    base: { ...handoutInput, protocol },
    at: ['protocol', 'title', 'en'],
  },
  {
    field: 'handout input protocol matchNames[]',
    lines: 'one',
    schema: HandoutInputSchema,
    base: { ...handoutInput, protocol },
    at: ['protocol', 'medications', 0, 'matchNames', 0],
  },
  // The app's IPC contract: what the walkthrough sends, what staff save.
  ...(['firstName', 'helperName'] as const).map((name) => ({
    field: `updateSession ${name}`,
    lines: 'one' as const,
    schema: apiContract.updateSession.input,
    base: {},
    at: [name],
  })),
  {
    field: 'updateSession medicines[].name',
    lines: 'one',
    schema: apiContract.updateSession.input,
    base: { medicines: [{ id: 'm1', name: 'x' }] },
    at: ['medicines', 0, 'name'],
  },
  {
    field: 'updateSession questions.own[].text',
    lines: 'many',
    schema: apiContract.updateSession.input,
    base: { questions: handoutInput.patient.questions },
    at: ['questions', 'own', 0, 'text'],
  },
  {
    field: 'updateSession worries',
    lines: 'many',
    schema: apiContract.updateSession.input,
    base: {},
    at: ['worries'],
  },
  ...(
    [
      'clinicName',
      'phoneOfficeHours',
      'phoneAfterHours',
      'crisisLine',
      'address',
      'printer',
    ] as const
  ).map((name) => ({
    field: `clinicianSaveSettings ${name}`,
    lines: 'one' as const,
    schema: apiContract.clinicianSaveSettings.input,
    base: DEFAULT_CLINIC_SETTINGS,
    at: [name],
  })),
  {
    field: 'clinicianSaveProtocol medicine',
    lines: 'many',
    schema: apiContract.clinicianSaveProtocol.input,
    base: { protocol },
    at: ['protocol', 'medications', 0, 'medicine', 'en'],
  },
  {
    field: 'clinicianCreateProtocol title',
    lines: 'one',
    schema: apiContract.clinicianCreateProtocol.input,
    base: { id: 'mine' },
    at: ['title'],
  },
  {
    field: 'clinicianExportPlan firstName',
    lines: 'one',
    schema: apiContract.clinicianExportPlan.input,
    base: { protocolId: 'example-car-t', keyDates: {}, medicationRuleIds: [] },
    at: ['firstName'],
  },
  // A patient plan, as the patient opens it.
  ...(['clinicName', 'firstName'] as const).map((name) => ({
    field: `patient plan ${name}`,
    lines: 'one' as const,
    schema: PatientPlanSchema,
    base: plan,
    at: [name],
  })),
];

describe.each(FIELDS)('$field', ({ lines, schema, base, at }) => {
  const parse = (text: string) => schema.safeParse(withValue(base, at, text));

  it('is valid with plain text', () => {
    expect(parse('Ana María').success).toBe(true);
  });

  it('turns a tab into a space', () => {
    const parsed = parse('Ana\tMaría');
    expect(parsed.error?.issues).toBeUndefined();
    expect(valueAt(parsed.data, at)).toBe('Ana María');
  });

  it(
    lines === 'many' ? 'keeps each line break as one "\\n"' : 'turns a line break into a space',
    () => {
      const parsed = parse('one\r\ntwo\rthree\u2028four\nfive\vsix\fseven');
      expect(parsed.error?.issues).toBeUndefined();
      expect(valueAt(parsed.data, at)).toBe(
        lines === 'many'
          ? 'one\ntwo\nthree\nfour\nfive\nsix\nseven'
          : 'one two three four five six seven',
      );
    },
  );

  it.each([
    ['NUL', '\u0000', 'U+0000'],
    ['BEL', '\u0007', 'U+0007'],
    ['ESC', '\u001b', 'U+001B'],
    ['a backspace', '\u0008', 'U+0008'],
    ['DEL', '\u007f', 'U+007F'],
    ['a C1 control', '\u009b', 'U+009B'],
    ['half of a broken character pair', '\ud800', 'U+D800'],
  ])('refuses %s, naming the field and the character', (_name, control, code) => {
    const issues = parse(`Ana${control}María`).error?.issues ?? [];
    expect(issues).toContainEqual(
      expect.objectContaining({
        path: at,
        message: `contains an invisible control character (${code}) that cannot be printed; remove it`,
      }),
    );
  });
});

describe('the app and the command line', () => {
  it.each(['firstName', 'helperName', 'worries'] as const)('read %s the same way', (name) => {
    for (const text of ['a\tb', 'a\r\nb', 'a\u0000b', 'a\u0085b']) {
      const app = apiContract.updateSession.input.safeParse({ [name]: text });
      const command = HandoutInputSchema.safeParse({ ...handoutInput, patient: { [name]: text } });
      expect(app.success).toBe(command.success);
      if (app.success && command.success) expect(app.data[name]).toBe(command.data.patient[name]);
      else
        expect(app.error?.issues.map((issue) => issue.message)).toEqual(
          command.error?.issues.map((issue) => issue.message),
        );
    }
  });
});
