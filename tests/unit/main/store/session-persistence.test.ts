import { createDecipheriv } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSessionFile } from '../../../../src/main/store/encrypted-session-file';
import type { KeyStorage } from '../../../../src/main/platform/key-storage';
import { emptySession } from '@shared/schemas/session';
import { appUnderTest } from '../../../support/app-under-test';
import { confStore } from '../../../support/conf-store';
import { fakeKeyStorage } from '../../../support/fake-key-storage';
import { makeTempDir } from '../../../support/temp-dir';
import { CLINIC_CONTACT } from '../../../support/clinic-contact';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const NAME = 'Zoë Sentinel-Ñúñez';
const sessionFile = () => path.join(dir, 'session.json');
const stored = () =>
  JSON.parse(readFileSync(sessionFile(), 'utf8')) as {
    wrappedKey: string;
    iv: string;
    tag: string;
    data: string;
  };
/** The data key a stored file was written with, unlocked the way the app unlocks it. */
const dataKeyOf = async (keys: KeyStorage, file: { wrappedKey: string }) =>
  Buffer.from(await keys.decrypt(Buffer.from(file.wrappedKey, 'base64')), 'base64');
/** Copies of saved answers and of the clinic file, named as the stores name them, and what a crash leaves. */
function leaveCopies() {
  for (const name of [
    'session.unreadable-2026-11-01T09-00-00-000Z.json',
    'session.invalid-2026-11-02T09-00-00-000Z.json',
    'session.json.tmp-4242',
  ]) {
    writeFileSync(path.join(dir, name), `{"firstName": "${NAME}"}`);
  }
  writeFileSync(
    path.join(dir, 'clinic.invalid-2026-11-03T09-00-00-000Z.json'),
    '{"formatVersion": 4}',
  );
}
const sessionCopies = () =>
  readdirSync(dir).filter((name) => name.startsWith('session.') && name !== 'session.json');

describe("the patient's answers at home", () => {
  it('are saved encrypted as they are given and come back after a restart', async () => {
    const keys = fakeKeyStorage('protected');
    const first = await appUnderTest(dir, dir, keys);
    expect(await first.call('getStartupInfo')).toMatchObject({
      ok: true,
      value: { persistence: { mode: 'home', storage: 'protected', saving: true } },
    });
    await first.call('updateSession', { firstName: NAME, keyDates: { infusion: '2027-03-01' } });

    const onDisk = readFileSync(sessionFile(), 'utf8');
    expect(onDisk).not.toContain('Sentinel');
    expect(onDisk).not.toContain('2027-03-01');

    const second = await appUnderTest(dir, dir, keys);
    expect(await second.call('getSession')).toMatchObject({
      ok: true,
      value: { firstName: NAME, keyDates: { infusion: '2027-03-01' } },
    });
  });

  it('that cannot be unlocked are set aside and reported, and the patient starts fresh', async () => {
    const first = await appUnderTest(dir, dir, fakeKeyStorage('protected'));
    await first.call('updateSession', { firstName: NAME });
    const elsewhere = await appUnderTest(dir, dir, fakeKeyStorage('protected'));
    const startup = await elsewhere.call('getStartupInfo');
    expect(startup).toMatchObject({
      ok: true,
      value: { notices: [{ store: 'session', problem: 'unreadable' }] },
    });
    expect(await elsewhere.call('getSession')).toMatchObject({
      ok: true,
      value: { firstName: '' },
    });
    expect(readdirSync(dir).some((name) => name.startsWith('session.unreadable-'))).toBe(true);
  });

  it('in a tampered file are set aside, never half read', async () => {
    const keys = fakeKeyStorage('protected');
    await (await appUnderTest(dir, dir, keys)).call('updateSession', { firstName: NAME });
    const stored = JSON.parse(readFileSync(sessionFile(), 'utf8'));
    stored.data = Buffer.from('tampered').toString('base64');
    writeFileSync(sessionFile(), JSON.stringify(stored));
    const app = await appUnderTest(dir, dir, keys);
    expect(await app.call('getStartupInfo')).toMatchObject({
      ok: true,
      value: { notices: [{ store: 'session' }] },
    });
    expect(await app.call('getSession')).toMatchObject({ ok: true, value: { firstName: '' } });
  });

  it('are not saved where the OS cannot protect them, unless the patient chooses to', async () => {
    const keys = fakeKeyStorage('unprotected');
    const app = await appUnderTest(dir, dir, keys);
    expect(await app.call('getStartupInfo')).toMatchObject({
      ok: true,
      value: { persistence: { storage: 'unprotected', saving: false } },
    });
    await app.call('updateSession', { firstName: NAME });
    expect(existsSync(sessionFile())).toBe(false);
    expect(await app.call('setSessionSaving', { save: true })).toEqual({
      ok: true,
      value: { mode: 'home', storage: 'unprotected', saving: true },
    });
    expect(existsSync(sessionFile())).toBe(true);
    expect(await (await appUnderTest(dir, dir, keys)).call('getSession')).toMatchObject({
      ok: true,
      value: { firstName: NAME },
    });
  });

  it('cannot be saved at all where there is no key storage', async () => {
    const app = await appUnderTest(dir, dir);
    expect(await app.call('setSessionSaving', { save: true })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });

  it('are deleted when the patient turns saving off', async () => {
    const app = await appUnderTest(dir, dir, fakeKeyStorage('protected'));
    await app.call('updateSession', { firstName: NAME });
    expect(existsSync(sessionFile())).toBe(true);
    expect(await app.call('setSessionSaving', { save: false })).toMatchObject({
      ok: true,
      value: { saving: false },
    });
    expect(existsSync(sessionFile())).toBe(false);
    await app.call('updateSession', { firstName: 'Other' });
    expect(existsSync(sessionFile())).toBe(false);
  });
});

describe('in kiosk mode', () => {
  it('nothing of the patient is written, and answers left from home use are removed at start, with their copies', async () => {
    const keys = fakeKeyStorage('protected');
    const home = await appUnderTest(dir, dir, keys);
    await home.call('updateSession', { firstName: NAME });
    leaveCopies();
    await home.call('clinicianSetPin', { pin: '482913' });
    const settings = await home.call('clinicianGetSettings');
    if (!settings.ok) throw new Error('no settings');
    expect(
      await home.call('clinicianSaveSettings', {
        ...settings.value,
        ...CLINIC_CONTACT,
        mode: 'kiosk',
      }),
    ).toMatchObject({ ok: true });

    const kiosk = await appUnderTest(dir, dir, keys);
    expect(existsSync(sessionFile())).toBe(false);
    expect(sessionCopies()).toEqual([]);
    expect(readdirSync(dir)).toContain('clinic.invalid-2026-11-03T09-00-00-000Z.json');
    expect(await kiosk.call('getStartupInfo')).toMatchObject({
      ok: true,
      value: { persistence: { mode: 'kiosk', saving: false } },
    });
    await kiosk.call('updateSession', { firstName: NAME });
    expect(
      readdirSync(dir).filter((name) =>
        readFileSync(path.join(dir, name), 'utf8').includes('Sentinel'),
      ),
    ).toEqual([]);
    expect(await kiosk.call('setSessionSaving', { save: true })).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });
});

describe('deleting my information at home', () => {
  it("removes the copies of my answers set aside earlier and what a crash left, never the clinic file's copies", async () => {
    const app = await appUnderTest(dir, dir, fakeKeyStorage('protected'));
    await app.call('updateSession', { firstName: NAME });
    leaveCopies();
    expect(await app.call('forgetPatient')).toEqual({ ok: true, value: { forgotten: true } });
    expect(existsSync(sessionFile())).toBe(false);
    expect(sessionCopies()).toEqual([]);
    expect(readdirSync(dir)).toContain('clinic.invalid-2026-11-03T09-00-00-000Z.json');
  });

  it('throws the data key away: answers given afterwards are locked with a new one, which opens nothing from before', async () => {
    const keys = fakeKeyStorage('protected');
    const app = await appUnderTest(dir, dir, keys);
    await app.call('updateSession', { firstName: NAME });
    const before = stored();
    await app.call('forgetPatient');
    await app.call('updateSession', { firstName: 'Other' });
    const after = stored();
    const [oldKey, newKey] = [await dataKeyOf(keys, before), await dataKeyOf(keys, after)];
    expect(after.wrappedKey).not.toBe(before.wrappedKey);
    expect(newKey.equals(oldKey)).toBe(false);
    const withOldKey = createDecipheriv('aes-256-gcm', oldKey, Buffer.from(after.iv, 'base64'), {
      authTagLength: 16,
    });
    withOldKey.setAuthTag(Buffer.from(after.tag, 'base64'));
    withOldKey.update(Buffer.from(after.data, 'base64'));
    expect(() => withOldKey.final()).toThrow();
  });

  it('does not bring the answers back when a save was still waiting for the new key', async () => {
    // Key storage that locks a key only when the test says so, to hold a save between forgetting and the new key.
    const real = fakeKeyStorage('protected');
    const waiting: Array<() => void> = [];
    let hold = false;
    const keys: KeyStorage = {
      ...real,
      encrypt: (plain) =>
        hold
          ? new Promise((resolve) => waiting.push(() => resolve(real.encrypt(plain))))
          : real.encrypt(plain),
    };
    const { file } = await openSessionFile(confStore(dir, 'session'), keys);
    hold = true;
    file.remove();
    const save = file.write({ ...emptySession('en'), firstName: NAME });
    file.remove();
    for (const release of waiting) release();
    await save;
    expect(existsSync(sessionFile())).toBe(false);
  });
});

describe('a saved answers file', () => {
  it('with a shortened authentication tag is set aside, never read', async () => {
    const keys = fakeKeyStorage('protected');
    await (await appUnderTest(dir, dir, keys)).call('updateSession', { firstName: NAME });
    const file = stored();
    // The first 4 bytes of the real tag: Node checks only those unless told the tag's length.
    writeFileSync(
      sessionFile(),
      JSON.stringify({
        ...file,
        tag: Buffer.from(file.tag, 'base64').subarray(0, 4).toString('base64'),
      }),
    );
    const app = await appUnderTest(dir, dir, keys);
    expect(await app.call('getStartupInfo')).toMatchObject({
      ok: true,
      value: { notices: [{ store: 'session' }] },
    });
    expect(await app.call('getSession')).toMatchObject({ ok: true, value: { firstName: '' } });
  });
});
