import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MANAGED_SETTINGS_KIND } from '@shared/schemas/managed-settings';
import { appUnderTest } from '../../../support/app-under-test';
import { clinicFile } from '../../../support/clinic-file';
import { STAFF_PIN, STAFF_PIN_HASH } from '../../../support/staff-pin';
import { makeTempDir } from '../../../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => {
  vi.useRealTimers();
  cleanup();
});

const managed = (settings: unknown) =>
  writeFileSync(
    path.join(dir, 'managed-settings.json'),
    JSON.stringify({ kind: MANAGED_SETTINGS_KIND, formatVersion: 1, settings }),
  );

describe('settings the organization fixes (managed-settings.json beside the managed pack)', () => {
  it('win over the clinic file: a machine set to kiosk runs as a kiosk, and staff see which settings are fixed', async () => {
    writeFileSync(
      path.join(dir, 'clinic.json'),
      clinicFile({ mode: 'home', kioskIdleMinutes: 3 }, STAFF_PIN_HASH),
    );
    managed({ mode: 'kiosk', kioskIdleMinutes: 10 });
    const app = await appUnderTest(dir, dir);
    expect(await app.call('getStartupInfo')).toMatchObject({
      ok: true,
      value: { persistence: { mode: 'kiosk' } },
    });
    await app.call('clinicianUnlock', { pin: STAFF_PIN });
    expect(await app.call('clinicianStatus')).toMatchObject({
      ok: true,
      value: { managedSettings: ['mode', 'kioskIdleMinutes'] },
    });
    // What staff saved on the machine is kept in its file; the fixed value is what runs.
    expect(await app.call('clinicianGetSettings')).toMatchObject({
      ok: true,
      value: { mode: 'home' },
    });
    // Main's idle deadline waits the organization's ten minutes, not the clinic file's three.
    vi.useFakeTimers();
    await app.call('reportKioskActivity');
    const news = vi.fn();
    void app.call('waitForIdleNews').then(news);
    await vi.advanceTimersByTimeAsync(10 * 60_000 - 1);
    expect(news).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(news).toHaveBeenCalledWith({ ok: true, value: { state: 'warning', secondsLeft: 30 } });
  });

  it.each([
    ['a setting', { settings: { mode: 'fortress' } }],
    [
      'the PIN hash',
      { settings: { mode: 'home' }, clinicianPin: { ...STAFF_PIN_HASH, algorithm: 'md5' } },
    ],
  ])(
    'fix nothing when %s is not valid, and the problem is logged and told to staff',
    async (_, content) => {
      const file = path.join(dir, 'managed-settings.json');
      writeFileSync(
        file,
        JSON.stringify({ kind: MANAGED_SETTINGS_KIND, formatVersion: 1, ...content }),
      );
      const app = await appUnderTest(dir, dir);
      // Not the clinic file's home mode either: the organization may have fixed "kiosk" (computer-role.test.ts).
      expect(await app.call('getStartupInfo')).toMatchObject({
        ok: true,
        value: {
          role: 'needs-attention',
          persistence: { mode: 'kiosk' },
          managedSettingsRefused: { path: file, problems: [{ location: expect.any(String) }] },
        },
      });
      expect(
        app.logged.some((line) => line.includes('managed settings') && line.includes('refused')),
      ).toBe(true);
      expect(await app.call('clinicianStatus')).toMatchObject({
        ok: true,
        value: { pinSet: false, pinManaged: false },
      });
    },
  );

  it('fix nothing when there is no file', async () => {
    const app = await appUnderTest(dir, dir);
    expect(await app.call('getStartupInfo')).toMatchObject({
      ok: true,
      value: { role: 'home', managedSettingsRefused: null },
    });
    await app.call('clinicianSetPin', { pin: '482913' });
    expect(await app.call('clinicianStatus')).toMatchObject({
      ok: true,
      value: { managedSettings: [] },
    });
  });
});
