import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';

const examples = loadProtocolFolder(path.resolve('resources/protocols'));

function sources(value: unknown): Array<{ citation: string; checkedOn: string }> {
  if (Array.isArray(value)) return value.flatMap(sources);
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  return [
    ...('source' in record ? [record.source as { citation: string; checkedOn: string }] : []),
    ...Object.values(record).flatMap(sources),
  ];
}

describe('the shipped example protocols', () => {
  it('cover an intravenous AAV, a CAR-T, an ex vivo stem-cell and a subretinal therapy', () => {
    expect(new Set(examples.map((p) => p.family))).toEqual(
      new Set(['aav-intravenous', 'car-t', 'ex-vivo-stem-cell', 'subretinal']),
    );
  });

  it.each(examples.map((p) => [p.id, p] as const))(
    '%s is marked as an example for the clinic to review',
    (_id, protocol) => {
      expect(protocol.isExample).toBe(true);
      expect(protocol.id.startsWith('example-')).toBe(true);
    },
  );

  it.each(examples.map((p) => [p.id, p] as const))(
    '%s gives every item a source and a checked-on date',
    (_id, protocol) => {
      const items = [
        ...protocol.tests,
        ...protocol.medications,
        ...protocol.questions,
        ...protocol.afterTreatment.warningSigns.filter((sign) => sign.kind === 'own'),
        ...protocol.afterTreatment.lifestyle,
        ...protocol.afterTreatment.followUp,
        ...(protocol.studyNumbers ?? []),
        ...(protocol.lessons ?? []).flatMap((lesson) => lesson.sections),
      ];
      expect(sources(protocol)).toHaveLength(items.length);
      for (const source of sources(protocol)) {
        expect(source.citation.length).toBeGreaterThan(5);
        expect(source.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    },
  );

  it.each(examples.map((p) => [p.id, p] as const))(
    '%s has something in every part',
    (_id, protocol) => {
      for (const part of [
        protocol.tests,
        protocol.questions,
        protocol.afterTreatment.warningSigns,
        protocol.afterTreatment.followUp,
      ])
        expect(part.length).toBeGreaterThan(0);
    },
  );
});
