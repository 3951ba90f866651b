import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appUnderTest } from '../../../support/app-under-test';
import { makeTempDir } from '../../../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

describe('closing the app (the way out of a kiosk)', () => {
  it('is refused until staff have entered the PIN, and then closes the app', async () => {
    const app = await appUnderTest(dir, dir);
    expect(await app.call('clinicianCloseApp')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(app.closed()).toBe(0);
    await app.call('clinicianSetPin', { pin: '482913' });
    expect(await app.call('clinicianCloseApp')).toEqual({ ok: true, value: { closing: true } });
    expect(app.closed()).toBe(1);
  });
});
