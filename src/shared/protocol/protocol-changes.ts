import { z } from 'zod';
import type { Protocol } from './protocol';

const ListSectionSchema = z.enum(['keyDates', 'tests', 'medications', 'questions', 'warningSigns', 'contacts', 'lifestyle', 'followUp']);
export const ProtocolSectionSchema = z.enum(['details', ...ListSectionSchema.options]);
type ListSection = z.infer<typeof ListSectionSchema>;

/** One change between two versions of a protocol, item by item, for the editor to say in plain words. */
export const ProtocolChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['added', 'removed', 'moved']), section: ListSectionSchema, itemId: z.string() }).strict(),
  z.object({ kind: z.literal('changed'), section: ProtocolSectionSchema, itemId: z.string().nullable(), fields: z.array(z.string()) }).strict(),
]);
export type ProtocolChange = z.infer<typeof ProtocolChangeSchema>;

type Item = { id: string } & Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => !same(before[key], after[key])).sort();
}

function compareList(section: ListSection, before: readonly Item[], after: readonly Item[]): ProtocolChange[] {
  const old = new Map(before.map((item) => [item.id, item]));
  const now = new Map(after.map((item) => [item.id, item]));
  const changes: ProtocolChange[] = [];
  for (const item of after) {
    const previous = old.get(item.id);
    if (!previous) changes.push({ kind: 'added', section, itemId: item.id });
    else if (!same(previous, item)) changes.push({ kind: 'changed', section, itemId: item.id, fields: changedFields(previous, item) });
  }
  for (const item of before) if (!now.has(item.id)) changes.push({ kind: 'removed', section, itemId: item.id });
  const keptBefore = before.filter((item) => now.has(item.id)).map((item) => item.id);
  const keptAfter = after.filter((item) => old.has(item.id)).map((item) => item.id);
  keptAfter.forEach((id, index) => {
    if (keptBefore[index] !== id) changes.push({ kind: 'moved', section, itemId: id });
  });
  return changes;
}

/** What changed between two versions of a protocol, item by item, for the editor to say in plain words. */
export function protocolChanges(before: Protocol, after: Protocol): ProtocolChange[] {
  const detailKeys = ['title', 'summary', 'family', 'isExample', 'labelCheckedOn'] as const;
  const details = detailKeys.filter((key) => !same(before[key], after[key]));
  const at = (p: Protocol) => p.afterTreatment;
  return [
    ...(details.length > 0 ? [{ kind: 'changed' as const, section: 'details' as const, itemId: null, fields: [...details] }] : []),
    ...compareList('keyDates', before.keyDates, after.keyDates),
    ...compareList('tests', before.tests, after.tests),
    ...compareList('medications', before.medications, after.medications),
    ...compareList('questions', before.questions, after.questions),
    ...compareList('warningSigns', at(before).warningSigns, at(after).warningSigns),
    ...compareList('contacts', at(before).contacts, at(after).contacts),
    ...compareList('lifestyle', at(before).lifestyle, at(after).lifestyle),
    ...compareList('followUp', at(before).followUp, at(after).followUp),
  ];
}
