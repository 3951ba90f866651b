import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { GlossarySchema } from '@shared/content/glossary';
import { LessonSchema } from '@shared/content/lesson';
import { PatientPlanSchema } from '@shared/protocol/patient-plan';
import { ProtocolSchema } from '@shared/protocol/protocol';
import { ClinicSettingsSchema } from '@shared/schemas/clinic-settings';
import { emptySession, PatientSessionSchema, SessionPatchSchema } from '@shared/schemas/session';

const [example] = loadProtocolFolder(path.resolve('resources/protocols'));
if (!example) throw new Error('no example protocol');

interface Def {
  type: string;
  checks?: Array<{ _zod: { def: { check: string } } }>;
  format?: string;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Every string and list in a schema that has no upper limit, by where it is. */
function unbounded(schema: z.ZodType, where = ''): string[] {
  const def = defOf(schema);
  const bounded = def.checks?.some((check) => check._zod.def.check === 'max_length') ?? false;
  switch (def.type) {
    case 'string':
      // Dates and times have a fixed form.
      return bounded || def.format === 'date' || def.format === 'datetime'
        ? []
        : [where || '(top)'];
    case 'array':
      return [
        ...(bounded ? [] : [`${where}[]`]),
        ...unbounded(def.element as z.ZodType, `${where}[]`),
      ];
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, value]) =>
        unbounded(value, where ? `${where}.${key}` : key),
      );
    case 'record':
      return unbounded(def.valueType as z.ZodType, `${where}{}`);
    case 'optional':
    case 'nullable':
    case 'default':
      return unbounded(def.innerType as z.ZodType, where);
    case 'pipe':
      return [...unbounded(def.in as z.ZodType, where), ...unbounded(def.out as z.ZodType, where)];
    case 'union':
      return (def.options ?? []).flatMap((option) => unbounded(option, where));
    default:
      return [];
  }
}

describe('limits on texts and lists', () => {
  it.each([
    ['a protocol', ProtocolSchema],
    ['a lesson', LessonSchema],
    ['the glossary', GlossarySchema],
    ["a patient's session", PatientSessionSchema],
    ['a patient plan', PatientPlanSchema],
    ['the clinic settings', ClinicSettingsSchema],
  ] as const)('bound every text and list of %s', (_name, schema) => {
    expect(unbounded(schema)).toEqual([]);
  });

  it('say the limit when a clinic text is too long', () => {
    const result = ProtocolSchema.safeParse({ ...example, summary: { en: 'x'.repeat(2001) } });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['summary', 'en'],
        message: 'may be at most 2000 characters; this one has 2001 characters',
      }),
    ]);
    expect(
      ProtocolSchema.safeParse({ ...example, summary: { en: 'x'.repeat(2000) } }).success,
    ).toBe(true);
  });

  it('say the limit when a list is too long', () => {
    const keyDates = Array.from({ length: 11 }, (_, i) => ({
      id: `day-${i}`,
      label: { en: `Day ${i}` },
    }));
    const result = ProtocolSchema.safeParse({ ...example, keyDates });
    expect(result.error?.issues).toContainEqual(
      expect.objectContaining({
        path: ['keyDates'],
        message: 'may have at most 10 entries; this one has 11 entries',
      }),
    );
    const [rule] = example.medications;
    if (!rule) throw new Error('no medicine rule');
    const medications = [
      { ...rule, matchNames: Array.from({ length: 61 }, (_, i) => `medicine ${i}`) },
    ];
    expect(ProtocolSchema.safeParse({ ...example, medications }).error?.issues).toContainEqual(
      expect.objectContaining({
        path: ['medications', 0, 'matchNames'],
        message: 'may have at most 60 entries; this one has 61 entries',
      }),
    );
  });

  it("say the limit on a patient's own words", () => {
    expect(SessionPatchSchema.safeParse({ firstName: 'x'.repeat(101) }).error?.issues).toEqual([
      expect.objectContaining({
        message: 'may be at most 100 characters; this one has 101 characters',
      }),
    ]);
    const keyDates = Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`day-${i}`, null]));
    expect(
      PatientSessionSchema.safeParse({ ...emptySession('en'), keyDates }).error?.issues,
    ).toEqual([expect.objectContaining({ message: 'may have at most 500 entries' })]);
  });
});
