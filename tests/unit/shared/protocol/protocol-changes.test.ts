import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { protocolChanges } from '@shared/protocol/protocol-changes';
import type { Timing } from '@shared/schemas/timing';

const example = loadProtocolFolder(path.resolve('resources/protocols')).find(
  (p) => p.id === 'example-sickle-cell-crispr',
);
if (!example) throw new Error('example missing');
const rule = example.medications[0]!;
const cellCollection = example.keyDates.find((d) => d.id === 'cell-collection')!;

describe('protocolChanges', () => {
  it('gives the old and new value of a timing, with the name of the date it counts from', () => {
    const timing = { ...rule.timing, amount: 6 } as Timing;
    const before = { ...example, medications: [{ ...rule, timing }] };
    const after = { ...example, medications: [{ ...rule, timing: { ...timing, amount: 8 } }] };
    expect(protocolChanges(before, after)).toEqual([
      {
        kind: 'changed',
        section: 'medications',
        itemId: rule.id,
        fields: ['timing'],
        values: [
          {
            kind: 'timing',
            field: 'timing',
            before: { timing, keyDates: [cellCollection] },
            after: { timing: { ...timing, amount: 8 }, keyDates: [cellCollection] },
          },
        ],
      },
    ]);
  });

  it('gives a renamed title and a text changed in one language, language by language', () => {
    const after = {
      ...example,
      title: { ...example.title, en: 'Sickle cell therapy' },
      medications: [{ ...rule, resume: { ...rule.resume, es: 'Cuando su equipo lo diga.' } }],
    };
    const [details, medicine] = protocolChanges(example, after);
    expect(details).toMatchObject({
      section: 'details',
      fields: ['title'],
      values: [
        {
          kind: 'text',
          field: 'title',
          key: 'en',
          before: example.title.en,
          after: 'Sickle cell therapy',
        },
      ],
    });
    expect(medicine).toMatchObject({
      section: 'medications',
      fields: ['resume'],
      values: [
        {
          kind: 'text',
          field: 'resume',
          key: 'es',
          before: rule.resume.es,
          after: 'Cuando su equipo lo diga.',
        },
      ],
    });
  });

  it('gives plain values and name lists; a text added in a new language has nothing before', () => {
    const after = {
      ...example,
      isExample: false,
      family: 'car-t' as const,
      medications: [
        {
          ...rule,
          matchNames: ['hydroxyurea'],
          medicine: { ...rule.medicine, en_child: "your child's hydroxyurea" },
        },
      ],
    };
    const [details, medicine] = protocolChanges(example, after);
    expect(details?.kind === 'changed' && details.values).toEqual([
      { kind: 'value', field: 'family', before: 'ex-vivo-stem-cell', after: 'car-t' },
      { kind: 'value', field: 'isExample', before: true, after: false },
    ]);
    expect(medicine?.kind === 'changed' && medicine.values).toEqual([
      {
        kind: 'value',
        field: 'matchNames',
        before: rule.matchNames.join(', '),
        after: 'hydroxyurea',
      },
      {
        kind: 'text',
        field: 'medicine',
        key: 'en_child',
        before: null,
        after: "your child's hydroxyurea",
      },
    ]);
  });
});
