import { z } from 'zod';
import {
  LocalizedTextSchema,
  TextKeySchema,
  type LocalizedText,
} from '@shared/schemas/localized-text';
import { TimingSchema, timingKeyDates } from '@shared/schemas/timing';
import { KeyDateSchema, type Protocol } from './protocol';

const ListSectionSchema = z.enum([
  'keyDates',
  'tests',
  'medications',
  'questions',
  'warningSigns',
  'contacts',
  'lifestyle',
  'followUp',
  'studyNumbers',
]);
export const ProtocolSectionSchema = z.enum(['details', ...ListSectionSchema.options]);
type ListSection = z.infer<typeof ListSectionSchema>;

const ScalarSchema = z.union([z.string(), z.number(), z.boolean()]).nullable();
/** A timing with the names, in that version, of the key dates it counts from (one that version lacks has none). */
const TimedSchema = z
  .object({ timing: TimingSchema, keyDates: z.array(KeyDateSchema) })
  .strict()
  .nullable();

/** A field's old and new value, where it is one staff can read: a text in one language, a timing, or a plain value. */
export const ValueChangeSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('text'),
      field: z.string(),
      key: TextKeySchema,
      before: z.string().nullable(),
      after: z.string().nullable(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('timing'),
      field: z.string(),
      before: TimedSchema,
      after: TimedSchema,
    })
    .strict(),
  z
    .object({
      kind: z.literal('value'),
      field: z.string(),
      before: ScalarSchema,
      after: ScalarSchema,
    })
    .strict(),
]);
export type ValueChange = z.infer<typeof ValueChangeSchema>;

/** One change between two versions of a protocol, item by item, for the editor to say in plain words. */
export const ProtocolChangeSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.enum(['added', 'removed', 'moved']),
      section: ListSectionSchema,
      itemId: z.string(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('changed'),
      section: ProtocolSectionSchema,
      itemId: z.string().nullable(),
      fields: z.array(z.string()),
      values: z.array(ValueChangeSchema),
    })
    .strict(),
]);
export type ProtocolChange = z.infer<typeof ProtocolChangeSchema>;

type Item = { id: string } & Record<string, unknown>;
/** The name of a key date in one version, by id. */
type KeyDateNames = (id: string) => LocalizedText | null;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => !same(before[key], after[key])).sort();
}

const isText = (value: unknown): value is LocalizedText | undefined =>
  value === undefined || LocalizedTextSchema.safeParse(value).success;
const isTiming = (value: unknown) =>
  value === undefined || value === null || TimingSchema.safeParse(value).success;
/** A plain value, or a list of names shown as one line. */
const plain = (value: unknown): z.infer<typeof ScalarSchema> | undefined => {
  if (value === undefined) return null;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  const scalar = ScalarSchema.safeParse(value);
  return scalar.success ? scalar.data : undefined;
};

/** Old and new value of one changed field; none where the value is not one to show (a source, a schedule). */
function valueChanges(
  field: string,
  before: unknown,
  after: unknown,
  names: { before: KeyDateNames; after: KeyDateNames },
): ValueChange[] {
  if (isText(before) && isText(after)) {
    const keys = TextKeySchema.options.filter((key) => before?.[key] !== after?.[key]);
    return keys.map((key) => ({
      kind: 'text',
      field,
      key,
      before: before?.[key] ?? null,
      after: after?.[key] ?? null,
    }));
  }
  if (isTiming(before) && isTiming(after)) {
    const timed = (value: unknown, keyDate: KeyDateNames) => {
      const timing = TimingSchema.safeParse(value);
      if (!timing.success) return null;
      const named = [...new Set(timingKeyDates(timing.data))].flatMap((id) => {
        const label = keyDate(id);
        return label ? [{ id, label }] : [];
      });
      return { timing: timing.data, keyDates: named };
    };
    return [
      {
        kind: 'timing',
        field,
        before: timed(before, names.before),
        after: timed(after, names.after),
      },
    ];
  }
  const [old, now] = [plain(before), plain(after)];
  return old === undefined || now === undefined
    ? []
    : [{ kind: 'value', field, before: old, after: now }];
}

function changed(
  section: ProtocolChange['section'],
  itemId: string | null,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  names: { before: KeyDateNames; after: KeyDateNames },
): Extract<ProtocolChange, { kind: 'changed' }> {
  const fields = changedFields(before, after);
  return {
    kind: 'changed',
    section,
    itemId,
    fields,
    values: fields.flatMap((field) => valueChanges(field, before[field], after[field], names)),
  };
}

function compareList(
  section: ListSection,
  before: readonly Item[],
  after: readonly Item[],
  names: { before: KeyDateNames; after: KeyDateNames },
): ProtocolChange[] {
  const old = new Map(before.map((item) => [item.id, item]));
  const now = new Map(after.map((item) => [item.id, item]));
  const changes: ProtocolChange[] = [];
  for (const item of after) {
    const previous = old.get(item.id);
    if (!previous) changes.push({ kind: 'added', section, itemId: item.id });
    else if (!same(previous, item)) changes.push(changed(section, item.id, previous, item, names));
  }
  for (const item of before)
    if (!now.has(item.id)) changes.push({ kind: 'removed', section, itemId: item.id });
  const keptBefore = before.filter((item) => now.has(item.id)).map((item) => item.id);
  const keptAfter = after.filter((item) => old.has(item.id)).map((item) => item.id);
  keptAfter.forEach((id, index) => {
    if (keptBefore[index] !== id) changes.push({ kind: 'moved', section, itemId: id });
  });
  return changes;
}

const keyDateNames = (protocol: Protocol): KeyDateNames => {
  const labels = new Map(protocol.keyDates.map((d) => [d.id, d.label]));
  return (id) => labels.get(id) ?? null;
};

/** What changed between two versions of a protocol, item by item, with old and new values where staff can read them. */
export function protocolChanges(before: Protocol, after: Protocol): ProtocolChange[] {
  const detailKeys = ['title', 'summary', 'family', 'isExample', 'labelCheckedOn'] as const;
  const names = { before: keyDateNames(before), after: keyDateNames(after) };
  const details = (p: Protocol) => Object.fromEntries(detailKeys.map((key) => [key, p[key]]));
  const detailChange = changed('details', null, details(before), details(after), names);
  const at = (p: Protocol) => p.afterTreatment;
  const list = (section: ListSection, pick: (p: Protocol) => readonly Item[]) =>
    compareList(section, pick(before), pick(after), names);
  return [
    ...(detailChange.fields.length > 0 ? [detailChange] : []),
    ...list('keyDates', (p) => p.keyDates),
    ...list('tests', (p) => p.tests),
    ...list('medications', (p) => p.medications),
    ...list('questions', (p) => p.questions),
    ...list('warningSigns', (p) => at(p).warningSigns),
    ...list('contacts', (p) => at(p).contacts),
    ...list('lifestyle', (p) => at(p).lifestyle),
    ...list('followUp', (p) => at(p).followUp),
    ...list('studyNumbers', (p) => p.studyNumbers ?? []),
  ];
}
