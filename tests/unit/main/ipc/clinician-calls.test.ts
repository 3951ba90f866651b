import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLINICIAN_IDLE_MS } from '../../../../src/main/clinician/clinician-session';
import { appUnderTest } from '../../../support/app-under-test';
import { clinicFile } from '../../../support/clinic-file';
import { STAFF_PIN, STAFF_PIN_HASH } from '../../../support/staff-pin';
import { makeTempDir } from '../../../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const PIN = '482913';

/**
 * The app on a computer whose staff PIN is already set, in clinician mode. Unlocking with the tests' hash takes a
 * third of the processor time of hashing a new PIN at full cost, which the test of setting a PIN still does.
 */
async function unlocked() {
  writeFileSync(path.join(dir, 'clinic.json'), clinicFile({}, STAFF_PIN_HASH));
  const app = await appUnderTest(dir, dir);
  expect(await app.call('clinicianUnlock', { pin: STAFF_PIN })).toEqual({
    ok: true,
    value: { outcome: 'unlocked' },
  });
  return app;
}

describe('clinician calls', () => {
  it('refuses every clinician call while locked', async () => {
    const app = await appUnderTest(dir, dir);
    for (const call of [
      app.call('clinicianProtocols'),
      app.call('clinicianGetSettings'),
      app.call('clinicianImportPack'),
      app.call('clinicianExportPack', { ids: ['x'] }),
    ]) {
      expect(await call).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('lets the first PIN be set, then needs clinician mode to change it', async () => {
    const app = await appUnderTest(dir, dir);
    expect(await app.call('clinicianStatus')).toMatchObject({
      ok: true,
      value: { pinSet: false, unlocked: false, lockedUntil: null, managedPack: { state: 'none' } },
    });
    expect(await app.call('clinicianSetPin', { pin: '123' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(await app.call('clinicianSetPin', { pin: PIN })).toMatchObject({
      ok: true,
      value: { pinSet: true, unlocked: true, lockedUntil: null },
    });
    await app.call('clinicianLock');
    expect(await app.call('clinicianSetPin', { pin: '000000' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await app.call('clinicianUnlock', { pin: PIN })).toEqual({
      ok: true,
      value: { outcome: 'unlocked' },
    });
  });

  it('locks by itself after a while without clinician calls', async () => {
    const app = await unlocked();
    expect((await app.call('clinicianProtocols')).ok).toBe(true);
    app.advance(CLINICIAN_IDLE_MS + 1);
    expect(await app.call('clinicianProtocols')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('reports a lockout in the status', async () => {
    const app = await unlocked();
    await app.call('clinicianLock');
    for (let i = 0; i < 5; i += 1) await app.call('clinicianUnlock', { pin: '111111' });
    const status = await app.call('clinicianStatus');
    expect(status).toMatchObject({
      ok: true,
      value: { pinSet: true, unlocked: false, lockedUntil: '2026-11-22T10:05:00.000Z' },
    });
  });

  it('edits a protocol, which patients then get, and shows the change', async () => {
    const app = await unlocked();
    const current = await app.call('clinicianGetProtocol', { id: 'example-sickle-cell-crispr' });
    if (!current.ok) throw new Error('no protocol');
    const protocol = {
      ...current.value,
      title: { ...current.value.title, en: 'Sickle cell gene therapy at North Clinic' },
    };
    expect(await app.call('clinicianSaveProtocol', { protocol })).toMatchObject({
      ok: true,
      value: { version: current.value.version + 1, changed: true },
    });
    expect(await app.call('getProtocol', { id: protocol.id })).toMatchObject({
      ok: true,
      value: { title: { en: 'Sickle cell gene therapy at North Clinic' } },
    });
    expect(
      await app.call('clinicianChanges', {
        id: protocol.id,
        from: current.value.version,
        to: current.value.version + 1,
      }),
    ).toEqual({
      ok: true,
      value: [
        {
          kind: 'changed',
          section: 'details',
          itemId: null,
          fields: ['title'],
          values: [
            {
              kind: 'text',
              field: 'title',
              key: 'en',
              before: current.value.title.en,
              after: 'Sickle cell gene therapy at North Clinic',
            },
          ],
        },
      ],
    });
  });

  it('refuses a saved protocol that breaks the schema, listing where', async () => {
    const app = await unlocked();
    const current = await app.call('clinicianGetProtocol', { id: 'example-sickle-cell-crispr' });
    if (!current.ok) throw new Error('no protocol');
    const broken = { ...current.value, keyDates: [] };
    const result = await app.call('clinicianSaveProtocol', { protocol: broken });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining('protocol.keyDates') },
    });
  });

  it('exports a pack and imports it back; a bad pack is refused with every problem and changes nothing', async () => {
    const app = await unlocked();
    const packFile = path.join(dir, 'pack.json');
    app.fileDialogs.answerNext(packFile);
    expect(await app.call('clinicianExportPack', { ids: ['example-sickle-cell-crispr'] })).toEqual({
      ok: true,
      value: { outcome: 'saved', fileName: 'pack.json' },
    });

    const pack = JSON.parse(readFileSync(packFile, 'utf8'));
    pack.protocols[0].id = 'north-clinic-sickle-cell';
    writeFileSync(packFile, JSON.stringify(pack));
    app.fileDialogs.answerNext(packFile);
    expect(await app.call('clinicianImportPack')).toEqual({
      ok: true,
      value: {
        outcome: 'imported',
        added: [
          {
            id: 'north-clinic-sickle-cell',
            previousVersion: null,
            version: pack.protocols[0].version,
            contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
            changed: true,
          },
        ],
        replaced: [],
        unchanged: [],
      },
    });

    pack.protocols[0].tests[0].category = 'astrology';
    pack.protocols[0].questions = 'none';
    writeFileSync(packFile, JSON.stringify(pack));
    app.fileDialogs.answerNext(packFile);
    const refused = await app.call('clinicianImportPack');
    expect(refused).toMatchObject({ ok: true, value: { outcome: 'refused' } });
    expect(
      refused.ok &&
        refused.value.outcome === 'refused' &&
        refused.value.problems.map((p) => p.location),
    ).toEqual(['protocols[0].tests[0].category', 'protocols[0].questions']);

    app.fileDialogs.answerNext(null);
    expect(await app.call('clinicianImportPack')).toEqual({
      ok: true,
      value: { outcome: 'cancelled' },
    });
  });

  it('saves clinic settings, which then validate like any input', async () => {
    const app = await unlocked();
    const settings = await app.call('clinicianGetSettings');
    if (!settings.ok) throw new Error('no settings');
    const next = {
      ...settings.value,
      clinicName: 'North Clinic',
      phoneOfficeHours: '555-0100',
      phoneAfterHours: '555-0199',
      paperSize: 'a4' as const,
    };
    expect(await app.call('clinicianSaveSettings', next)).toEqual({ ok: true, value: next });
    expect(
      await app.call('clinicianSaveSettings', { ...next, paperSize: 'a3' as 'a4' }),
    ).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it("loads settings with the first start's empty name and numbers, but refuses to save any of them empty", async () => {
    // A first start: no clinic file yet, so the PIN is set here.
    const app = await appUnderTest(dir, dir);
    await app.call('clinicianSetPin', { pin: PIN });
    const settings = await app.call('clinicianGetSettings');
    if (!settings.ok) throw new Error('no settings');
    expect(settings.value).toMatchObject({
      clinicName: '',
      phoneOfficeHours: '',
      phoneAfterHours: '',
    });
    const complete = {
      ...settings.value,
      clinicName: 'North Clinic',
      phoneOfficeHours: '555-0100',
      phoneAfterHours: '555-0199',
    };
    for (const name of ['clinicName', 'phoneOfficeHours', 'phoneAfterHours'] as const) {
      expect(
        await app.call('clinicianSaveSettings', { ...complete, [name]: '  ', paperSize: 'a4' }),
      ).toMatchObject({
        ok: false,
        error: { code: 'bad-request', message: expect.stringContaining(name) },
      });
    }
    expect(await app.call('clinicianGetSettings')).toEqual(settings);
  });
});
