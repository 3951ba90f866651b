import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_PLAN_BYTES } from '@shared/protocol/patient-plan';
import { appUnderTest } from '../../support/app-under-test';
import { makeTempDir } from '../../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const EXAMPLE = 'example-sickle-cell-crispr';

/**
 * One plan, exported by staff once (a clinic's app, its PIN hashed, the plan written): each test opens it, or a
 * spoilt copy of it, in an app of its own.
 */
let exported: { result: unknown; text: string };
let cleanupExported: () => void;
beforeAll(async () => {
  const temp = makeTempDir();
  cleanupExported = temp.cleanup;
  const file = path.join(temp.dir, 'plan.json');
  const staff = await appUnderTest(path.join(temp.dir, 'clinic'), temp.dir);
  await staff.call('clinicianSetPin', { pin: '482913' });
  staff.fileDialogs.answerNext(file);
  const result = await staff.call('clinicianExportPlan', {
    protocolId: EXAMPLE,
    firstName: 'Zoë',
    keyDates: { 'cell-collection': '2027-02-01', infusion: null },
    medicationRuleIds: [],
  });
  exported = { result, text: readFileSync(file, 'utf8') };
});
afterAll(() => cleanupExported());

describe("a patient's plan", () => {
  it('is exported by staff and opened at home, starting the walkthrough with it', async () => {
    const file = path.join(dir, 'plan.json');
    writeFileSync(file, exported.text);
    expect(exported.result).toEqual({
      ok: true,
      value: { outcome: 'saved', fileName: 'plan.json' },
    });
    // The example carries reviewer notes for clinic staff; the plan a patient takes home has none.
    expect(exported.text).not.toContain('reviewerNote');

    const home = await appUnderTest(path.join(dir, 'home'), dir);
    home.fileDialogs.answerNext(file);
    const opened = await home.call('openPatientPlan');
    expect(opened).toMatchObject({
      ok: true,
      value: {
        outcome: 'opened',
        session: {
          firstName: 'Zoë',
          protocolId: EXAMPLE,
          keyDates: { 'cell-collection': '2027-02-01', infusion: null },
        },
      },
    });
    // The team chose no medicine to pause: the tailored protocol the patient gets has none.
    const protocol = await home.call('getProtocol', { id: EXAMPLE });
    expect(protocol).toMatchObject({ ok: true, value: { id: EXAMPLE, medications: [] } });
    expect(JSON.stringify(protocol)).not.toContain('reviewerNote');
  });

  it.each([
    [
      'an impossible date',
      (plan: Record<string, unknown>) => ({
        ...plan,
        keyDates: { 'cell-collection': '2027-02-30' },
      }),
      'keyDates.cell-collection',
    ],
    [
      'a key date the protocol does not have',
      (plan: Record<string, unknown>) => ({ ...plan, keyDates: { surgery: '2027-02-01' } }),
      'keyDates.surgery',
    ],
    [
      'an extra field',
      (plan: Record<string, unknown>) => ({ ...plan, admin: true }),
      '(whole file)',
    ],
    [
      'a broken protocol',
      (plan: Record<string, unknown>) => ({
        ...plan,
        protocol: { ...(plan.protocol as object), keyDates: [] },
      }),
      'protocol.keyDates',
    ],
  ])('refuses a plan with %s, saying where, and changes nothing', async (_label, spoil, where) => {
    const file = path.join(dir, 'plan.json');
    writeFileSync(file, JSON.stringify(spoil(JSON.parse(exported.text))));
    const home = await appUnderTest(path.join(dir, 'home'), dir);
    home.fileDialogs.answerNext(file);
    const result = await home.call('openPatientPlan');
    expect(result).toMatchObject({ ok: true, value: { outcome: 'refused' } });
    expect(
      result.ok &&
        result.value.outcome === 'refused' &&
        result.value.problems.map((p) => p.location),
    ).toContain(where);
    expect(await home.call('getSession')).toMatchObject({
      ok: true,
      value: { protocolId: null, plan: null },
    });
  });

  it('refuses an oversized file without reading it', async () => {
    const file = path.join(dir, 'huge.json');
    writeFileSync(file, Buffer.alloc(MAX_PLAN_BYTES + 1, 0x20));
    const home = await appUnderTest(dir, dir);
    home.fileDialogs.answerNext(file);
    expect(await home.call('openPatientPlan')).toMatchObject({
      ok: true,
      value: { outcome: 'refused', problems: [{ location: '(whole file)' }] },
    });
  });

  it('cannot be slipped in through a session update', async () => {
    const home = await appUnderTest(dir, dir);
    expect(await home.call('updateSession', { plan: null } as never)).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });
});
