import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { loadLocales } from '../../../../src/main/i18n/load-locales';
import { createI18n, type Translate } from '@shared/i18n/i18n-setup';
import { describeValueChange } from '@shared/protocol/describe-value-change';
import { ProtocolSchema } from '@shared/protocol/protocol';
import { protocolChanges } from '@shared/protocol/protocol-changes';
import { StudyNumberSchema } from '@shared/protocol/study-numbers';

const examples = loadProtocolFolder(path.resolve('resources/protocols'));
const sickleCell = examples.find((p) => p.id === 'example-sickle-cell-crispr')!;
const { studyNumbers, ...withoutNumbers } = sickleCell;
const number = studyNumbers![0]!;

describe('a number from the studies', () => {
  it('is counted as the study reported it: whole people, at least one counted, never more who had it than were counted', () => {
    expect(StudyNumberSchema.safeParse(number).success).toBe(true);
    expect(StudyNumberSchema.safeParse({ ...number, count: 31, outOf: 31 }).success).toBe(true);
    const problems = (change: object) =>
      StudyNumberSchema.safeParse({ ...number, ...change }).error?.issues.map((issue) =>
        issue.path.join('.'),
      );
    expect(problems({ count: 32, outOf: 31 })).toEqual(['count']);
    expect(problems({ outOf: 0, count: 0 })).toEqual(['outOf']);
    expect(problems({ count: 2.5 })).toEqual(['count']);
    expect(problems({ count: -1 })).toEqual(['count']);
  });

  it('keeps its source, which must say whether it is primary', () => {
    const unkinded: Record<string, unknown> = { ...number.source };
    delete unkinded.kind;
    expect(StudyNumberSchema.safeParse({ ...number, source: unkinded }).success).toBe(false);
    expect(StudyNumberSchema.safeParse({ ...number, effect: 'maybe' }).success).toBe(false);
  });

  it('is optional: a protocol stored before the field existed opens unchanged', () => {
    const parsed = ProtocolSchema.parse(withoutNumbers);
    expect(parsed).toEqual(withoutNumbers);
    expect('studyNumbers' in parsed).toBe(false);
  });

  it('is refused when two numbers of one protocol share an id', () => {
    const result = ProtocolSchema.safeParse({
      ...sickleCell,
      studyNumbers: [number, { ...number, effect: 'harm' }],
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'studyNumbers.1.id',
    ]);
  });
});

describe('the shipped numbers', () => {
  it('are only the sourced one: Casgevy, 29 of 31 free of severe pain crises (content facts D1); no other example has a number', () => {
    expect(studyNumbers?.map((n) => [n.effect, n.count, n.outOf, n.source.checkedOn])).toEqual([
      ['benefit', 29, 31, '2026-12-05'],
    ]);
    expect(number.source.citation).toContain(
      'https://www.fda.gov/news-events/press-announcements/fda-approves-first-gene-therapies-treat-patients-sickle-cell-disease',
    );
    expect(examples.filter((p) => p.studyNumbers !== undefined).map((p) => p.id)).toEqual([
      'example-sickle-cell-crispr',
    ]);
  });
});

describe('a change to the numbers, as the editor lists it', () => {
  const t = createI18n(loadLocales(path.resolve('locales')), 'en').t as Translate;

  it('is an added, removed or changed number, with old and new values in plain words', () => {
    expect(protocolChanges(withoutNumbers, sickleCell)).toEqual([
      { kind: 'added', section: 'studyNumbers', itemId: number.id },
    ]);
    expect(protocolChanges(sickleCell, { ...sickleCell, studyNumbers: [] })).toEqual([
      { kind: 'removed', section: 'studyNumbers', itemId: number.id },
    ]);
    const [change] = protocolChanges(sickleCell, {
      ...sickleCell,
      studyNumbers: [{ ...number, effect: 'harm', count: 28 }],
    });
    expect(
      change?.kind === 'changed' &&
        change.values.map((value) => describeValueChange(value, 'en', t)),
    ).toEqual(['how many had it: 29 → 28', 'good result or harm: good result → harm']);
  });
});
