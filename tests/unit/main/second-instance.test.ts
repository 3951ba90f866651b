import { expect, it, vi } from 'vitest';
import { electron } from '../../support/electron-stand-in';

// The real Electron entry point (src/main/index.ts) started as a second copy, against the stand-in for the electron
// module in which another copy holds the single-instance lock and every call is recorded.
vi.mock('electron', async () => (await import('../../support/electron-stand-in')).electron.module);

it('a second copy of the app quits before any start-up work: no scheme, no sandbox switch, no services, no window', async () => {
  electron.settings.singleInstanceLock = false;
  await import('../../../src/main/index');
  expect(electron.callNames()).toEqual(['app.requestSingleInstanceLock', 'app.quit']);
});
