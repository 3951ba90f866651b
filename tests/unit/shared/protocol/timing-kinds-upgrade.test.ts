import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { loadManagedPack } from '../../../../src/main/protocol/managed-pack';
import { readPack } from '../../../../src/main/protocol/protocol-packs';
import { PLAN_FORMAT, PLAN_KIND, PlanFileSchema } from '@shared/protocol/patient-plan';
import type { Protocol } from '@shared/protocol/protocol';
import { PACK_FORMAT, PACK_KIND } from '@shared/protocol/protocol-pack';
import { protocolWithTimingKinds, TIMING_READ_AS_DAY } from '@shared/protocol/timing-kinds-upgrade';
import { LIMITS } from '@shared/schemas/limits';
import { emptySession, SavedSessionSchema } from '@shared/schemas/session';
import { makeTempDir } from '../../../support/temp-dir';

const sma = loadProtocolFolder(path.resolve('resources/protocols')).find(
  (p) => p.id === 'example-sma-aav9',
)!;

/** The protocol as a release before timing kinds wrote it: `atLeast` instead of a kind. */
function oldShape(protocol: Protocol): unknown {
  const old = (timing: NonNullable<Protocol['tests'][number]['timing']>) => {
    if (timing.kind === 'span') throw new Error('no span in the old shape');
    const { kind, ...offset } = timing;
    return { ...offset, atLeast: kind === 'by' };
  };
  return {
    ...protocol,
    tests: protocol.tests.map((test) => ({ ...test, timing: test.timing && old(test.timing) })),
    medications: protocol.medications.map((rule) => ({ ...rule, timing: old(rule.timing) })),
  };
}

const prednisolone = (protocol: Protocol | undefined) =>
  protocol?.medications.find((rule) => rule.id === 'prednisolone');
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const oldPack = {
  kind: PACK_KIND,
  formatVersion: 1,
  exportedAt: '2026-11-22T10:00:00.000Z',
  protocols: [oldShape(sma)],
};

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

describe('protocols written before timings had kinds', () => {
  it('import from a format-1 pack: the day reads as a day, marked for staff, and the deadlines stay deadlines', () => {
    const reading = readPack(encode(oldPack));
    expect(reading.ok).toBe(true);
    const [protocol] = reading.ok ? reading.pack.protocols : [];
    expect(reading.ok && reading.pack.formatVersion).toBe(PACK_FORMAT);
    expect(prednisolone(protocol)?.timing).toEqual({
      kind: 'on',
      amount: 1,
      unit: 'days',
      relation: 'before',
      keyDate: 'infusion',
    });
    expect(prednisolone(protocol)?.source.reviewerNote?.startsWith(TIMING_READ_AS_DAY)).toBe(true);
    const liver = protocol?.tests.find((test) => test.id === 'liver-tests');
    expect(liver?.timing?.kind).toBe('by');
    expect(liver?.source).toEqual(sma.tests.find((test) => test.id === 'liver-tests')?.source);
  });

  it('load from a format-1 managed pack', () => {
    const file = path.join(dir, 'managed-pack.json');
    writeFileSync(file, JSON.stringify(oldPack));
    const managed = loadManagedPack(file);
    expect(managed.state).toBe('loaded');
    expect(
      prednisolone(managed.state === 'loaded' ? managed.protocols[0] : undefined)?.timing.kind,
    ).toBe('on');
  });

  it('open from a format-1 patient plan, and from a plan kept in an answers file saved at home', () => {
    const plan = PlanFileSchema.safeParse({
      kind: PLAN_KIND,
      formatVersion: 1,
      createdAt: '2026-11-22T10:00:00.000Z',
      clinicName: 'North Clinic',
      firstName: '',
      protocol: oldShape(sma),
      keyDates: {},
    });
    expect(plan.success && plan.data.formatVersion).toBe(PLAN_FORMAT);
    expect(plan.success && prednisolone(plan.data.protocol)?.timing.kind).toBe('on');
    const saved = SavedSessionSchema.safeParse({
      ...emptySession('en'),
      plan: {
        createdAt: '2026-11-22T10:00:00.000Z',
        clinicName: 'North Clinic',
        protocol: oldShape(sma),
      },
    });
    expect(saved.success && prednisolone(saved.data.plan?.protocol)?.timing.kind).toBe('on');
  });

  it('are refused, with where, when the old shape is broken: nothing is guessed for a timing that is not one', () => {
    const broken = oldShape(sma) as { medications: Array<{ timing: Record<string, unknown> }> };
    delete broken.medications[0]!.timing.unit;
    const reading = readPack(encode({ ...oldPack, protocols: [broken] }));
    expect(reading.ok ? [] : reading.problems.map((p) => p.location)).toContain(
      'protocols[0].medications[0].timing.unit',
    );
  });

  it('leave a protocol that already has kinds as it is', () => {
    expect(protocolWithTimingKinds(sma)).toEqual(sma);
  });

  it('shorten an older reviewer note where the mark would pass the limit, never the mark itself', () => {
    const long = oldShape(sma) as { medications: Array<{ source: { reviewerNote: string } }> };
    long.medications[0]!.source.reviewerNote = 'x'.repeat(LIMITS.reviewerNote);
    const reading = readPack(encode({ ...oldPack, protocols: [long] }));
    const note = reading.ok
      ? prednisolone(reading.pack.protocols[0])?.source.reviewerNote
      : undefined;
    expect(note?.length).toBe(LIMITS.reviewerNote);
    expect(note?.startsWith(TIMING_READ_AS_DAY)).toBe(true);
  });
});
