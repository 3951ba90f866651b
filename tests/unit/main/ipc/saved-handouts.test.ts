import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appUnderTest } from '../../../support/app-under-test';
import { makeTempDir } from '../../../support/temp-dir';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

describe('the handouts saved at home', () => {
  it('are listed where they were saved, once each, and the list goes with the rest of the session; the files stay', async () => {
    const app = await appUnderTest(dir, dir);
    await app.call('updateSession', { firstName: 'Zoë', protocolId: 'example-car-t' });
    expect(await app.call('listSavedHandouts')).toEqual({ ok: true, value: { paths: [] } });

    const first = path.join(dir, 'zoe-handout.pdf');
    const second = path.join(dir, 'zoe-large-print.pdf');
    for (const [file, largePrint] of [
      [first, false],
      [second, true],
      [first, false],
    ] as const) {
      app.fileDialogs.answerNext(file);
      expect(await app.call('saveHandout', { largePrint })).toMatchObject({
        ok: true,
        value: { outcome: 'saved' },
      });
    }
    app.fileDialogs.answerNext(null);
    expect(await app.call('saveHandout', { largePrint: false })).toMatchObject({
      ok: true,
      value: { outcome: 'cancelled' },
    });
    expect(await app.call('listSavedHandouts')).toEqual({
      ok: true,
      value: { paths: [second, first] },
    });

    expect(await app.call('forgetPatient')).toEqual({ ok: true, value: { forgotten: true } });
    expect(await app.call('listSavedHandouts')).toEqual({ ok: true, value: { paths: [] } });
    // "Delete my information" says so: the files are the person's, and the app does not remove them.
    expect([existsSync(first), existsSync(second)]).toEqual([true, true]);
  });
});
