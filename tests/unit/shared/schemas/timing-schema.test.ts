import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { ProtocolSchema } from '@shared/protocol/protocol';
import { withTimingKind } from '@shared/protocol/timing-kind-change';
import { TimingSchema, type Timing } from '@shared/schemas/timing';

const day = { amount: 1, unit: 'days', relation: 'before', keyDate: 'infusion' } as const;

describe('the timing schema', () => {
  it('takes one exact day, a deadline and a span, each saying which it is', () => {
    expect(TimingSchema.parse({ kind: 'on', ...day })).toEqual({ kind: 'on', ...day });
    expect(TimingSchema.parse({ kind: 'by', ...day })).toEqual({ kind: 'by', ...day });
    const span = {
      kind: 'span',
      start: { ...day, amount: 6, unit: 'weeks' },
      end: { ...day, amount: 1, unit: 'months', relation: 'after' },
    };
    expect(TimingSchema.parse(span)).toEqual(span);
  });

  it('refuses a timing that does not say its kind, as the old shape did, and anything extra', () => {
    expect(TimingSchema.safeParse({ ...day, atLeast: true }).success).toBe(false);
    expect(TimingSchema.safeParse(day).success).toBe(false);
    expect(TimingSchema.safeParse({ kind: 'on', ...day, atLeast: false }).success).toBe(false);
    expect(TimingSchema.safeParse({ kind: 'by', start: day, end: day }).success).toBe(false);
    expect(TimingSchema.safeParse({ kind: 'span', ...day }).success).toBe(false);
    expect(TimingSchema.safeParse({ kind: 'around', ...day }).success).toBe(false);
  });

  it('refuses a span that ends before it starts or on the day it starts, where the two can be compared', () => {
    const span = (start: object, end: object) =>
      TimingSchema.safeParse({
        kind: 'span',
        start: { ...day, ...start },
        end: { ...day, ...end },
      });
    expect(span({ amount: 1 }, { amount: 3 }).error?.issues).toEqual([
      expect.objectContaining({ path: ['end'], message: 'the span ends before it starts' }),
    ]);
    expect(span({ amount: 2 }, { amount: 2 }).success).toBe(false);
    expect(span({ amount: 0, relation: 'after' }, { amount: 3, relation: 'before' }).success).toBe(
      false,
    );
    expect(span({ amount: 3 }, { amount: 1 }).success).toBe(true);
    // Counted from different key dates, or in different units, only the patient's dates can tell.
    expect(span({ amount: 1 }, { amount: 3, keyDate: 'collection' }).success).toBe(true);
  });

  it('is checked against the key dates at both ends of a span', () => {
    const example = loadProtocolFolder(path.resolve('resources/protocols')).find(
      (p) => p.id === 'example-sma-aav9',
    )!;
    const timing: Timing = {
      kind: 'span',
      start: { ...day, keyDate: 'nowhere' },
      end: { ...day, amount: 0 },
    };
    const result = ProtocolSchema.safeParse({
      ...example,
      medications: [{ ...example.medications[0]!, timing }],
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'medications.0.timing.start.keyDate',
    ]);
  });

  it('keeps every example protocol timing in one of the three kinds, with the SMA prednisolone on its day', () => {
    const examples = loadProtocolFolder(path.resolve('resources/protocols'));
    const prednisolone = examples
      .find((p) => p.id === 'example-sma-aav9')!
      .medications.find((rule) => rule.id === 'prednisolone');
    expect(prednisolone?.timing).toEqual({ kind: 'on', ...day });
    const eye = examples
      .find((p) => p.id === 'example-subretinal-eye')!
      .medications.filter((rule) => rule.action === 'start');
    expect(eye.map((rule) => rule.timing.kind)).toEqual(['on', 'on']);
  });
});

describe('changing the kind of a timing in the editor', () => {
  it('keeps the day where it was, and makes a valid span starting there', () => {
    const deadline: Timing = {
      kind: 'by',
      amount: 6,
      unit: 'weeks',
      relation: 'before',
      keyDate: 'infusion',
    };
    expect(withTimingKind(deadline, 'on')).toEqual({ ...deadline, kind: 'on' });
    const span = withTimingKind(deadline, 'span');
    expect(span).toEqual({
      kind: 'span',
      start: { amount: 6, unit: 'weeks', relation: 'before', keyDate: 'infusion' },
      end: { amount: 5, unit: 'weeks', relation: 'before', keyDate: 'infusion' },
    });
    expect(TimingSchema.safeParse(span).success).toBe(true);
    expect(TimingSchema.safeParse(withTimingKind({ ...deadline, amount: 0 }, 'span')).success).toBe(
      true,
    );
    expect(withTimingKind(span, 'by')).toEqual(deadline);
  });
});
