import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appUnderTest } from '../../../support/app-under-test';
import { fakeKeyStorage } from '../../../support/fake-key-storage';
import { makeTempDir } from '../../../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

const NAME = 'Zoë Sentinel-Ñúñez';
const sessionFile = () => path.join(dir, 'session.json');

describe("the patient's answers at home", () => {
  it('are saved encrypted as they are given and come back after a restart', async () => {
    const keys = fakeKeyStorage('protected');
    const first = await appUnderTest(dir, dir, keys);
    expect(await first.call('getStartupInfo')).toMatchObject({ ok: true, value: { persistence: { mode: 'home', storage: 'protected', saving: true } } });
    await first.call('updateSession', { firstName: NAME, keyDates: { infusion: '2027-03-01' } });

    const onDisk = readFileSync(sessionFile(), 'utf8');
    expect(onDisk).not.toContain('Sentinel');
    expect(onDisk).not.toContain('2027-03-01');

    const second = await appUnderTest(dir, dir, keys);
    expect(await second.call('getSession')).toMatchObject({ ok: true, value: { firstName: NAME, keyDates: { infusion: '2027-03-01' } } });
  });

  it('that cannot be unlocked are set aside and reported, and the patient starts fresh', async () => {
    const first = await appUnderTest(dir, dir, fakeKeyStorage('protected'));
    await first.call('updateSession', { firstName: NAME });
    const elsewhere = await appUnderTest(dir, dir, fakeKeyStorage('protected'));
    const startup = await elsewhere.call('getStartupInfo');
    expect(startup).toMatchObject({ ok: true, value: { notices: [{ store: 'session', problem: 'unreadable' }] } });
    expect(await elsewhere.call('getSession')).toMatchObject({ ok: true, value: { firstName: '' } });
    expect(readdirSync(dir).some((name) => name.startsWith('session.unreadable-'))).toBe(true);
  });

  it('in a tampered file are set aside, never half read', async () => {
    const keys = fakeKeyStorage('protected');
    await (await appUnderTest(dir, dir, keys)).call('updateSession', { firstName: NAME });
    const stored = JSON.parse(readFileSync(sessionFile(), 'utf8'));
    stored.data = Buffer.from('tampered').toString('base64');
    writeFileSync(sessionFile(), JSON.stringify(stored));
    const app = await appUnderTest(dir, dir, keys);
    expect(await app.call('getStartupInfo')).toMatchObject({ ok: true, value: { notices: [{ store: 'session' }] } });
    expect(await app.call('getSession')).toMatchObject({ ok: true, value: { firstName: '' } });
  });

  it('are not saved where the OS cannot protect them, unless the patient chooses to', async () => {
    const keys = fakeKeyStorage('unprotected');
    const app = await appUnderTest(dir, dir, keys);
    expect(await app.call('getStartupInfo')).toMatchObject({ ok: true, value: { persistence: { storage: 'unprotected', saving: false } } });
    await app.call('updateSession', { firstName: NAME });
    expect(existsSync(sessionFile())).toBe(false);
    expect(await app.call('setSessionSaving', { save: true })).toEqual({ ok: true, value: { mode: 'home', storage: 'unprotected', saving: true } });
    expect(existsSync(sessionFile())).toBe(true);
    expect(await (await appUnderTest(dir, dir, keys)).call('getSession')).toMatchObject({ ok: true, value: { firstName: NAME } });
  });

  it('cannot be saved at all where there is no key storage', async () => {
    const app = await appUnderTest(dir, dir);
    expect(await app.call('setSessionSaving', { save: true })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('are deleted when the patient turns saving off', async () => {
    const app = await appUnderTest(dir, dir, fakeKeyStorage('protected'));
    await app.call('updateSession', { firstName: NAME });
    expect(existsSync(sessionFile())).toBe(true);
    expect(await app.call('setSessionSaving', { save: false })).toMatchObject({ ok: true, value: { saving: false } });
    expect(existsSync(sessionFile())).toBe(false);
    await app.call('updateSession', { firstName: 'Other' });
    expect(existsSync(sessionFile())).toBe(false);
  });
});

describe('in kiosk mode', () => {
  it('nothing of the patient is written, and answers left from home use are removed at start', async () => {
    const keys = fakeKeyStorage('protected');
    const home = await appUnderTest(dir, dir, keys);
    await home.call('updateSession', { firstName: NAME });
    await home.call('clinicianSetPin', { pin: '482913' });
    const settings = await home.call('clinicianGetSettings');
    if (!settings.ok) throw new Error('no settings');
    await home.call('clinicianSaveSettings', { ...settings.value, mode: 'kiosk' });

    const kiosk = await appUnderTest(dir, dir, keys);
    expect(existsSync(sessionFile())).toBe(false);
    expect(await kiosk.call('getStartupInfo')).toMatchObject({ ok: true, value: { persistence: { mode: 'kiosk', saving: false } } });
    await kiosk.call('updateSession', { firstName: NAME });
    expect(readdirSync(dir).filter((name) => readFileSync(path.join(dir, name), 'utf8').includes('Sentinel'))).toEqual([]);
    expect(await kiosk.call('setSessionSaving', { save: true })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});
