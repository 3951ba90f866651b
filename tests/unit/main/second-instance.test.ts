import { expect, it, vi } from 'vitest';

// The real Electron entry point (src/main/index.ts) started as a second copy, against a stand-in for the electron
// module in which the single-instance lock is already taken and every call is recorded.
const electron = vi.hoisted(() => {
  const calls: string[] = [];
  const record = (name: string, answer?: unknown) => () => {
    calls.push(name);
    return answer;
  };
  const everything = (prefix: string) => new Proxy({}, { get: (_target, key) => record(`${prefix}.${String(key)}`, Promise.resolve()) });
  const app = {
    requestSingleInstanceLock: record('app.requestSingleInstanceLock', false),
    quit: record('app.quit'),
    setPath: record('app.setPath'),
    enableSandbox: record('app.enableSandbox'),
    on: record('app.on'),
    whenReady: record('app.whenReady', new Promise(() => {})),
    getPath: record('app.getPath', ''),
  };
  const api = {
    app,
    protocol: everything('protocol'),
    session: { defaultSession: everything('session') },
    ipcMain: everything('ipcMain'),
    dialog: everything('dialog'),
    Menu: everything('Menu'),
    safeStorage: everything('safeStorage'),
    shell: everything('shell'),
    BrowserWindow: function BrowserWindow() {
      calls.push('new BrowserWindow');
    },
  };
  return { api, calls };
});

vi.mock('electron', () => ({ default: electron.api, ...electron.api }));

it('a second copy of the app quits before any start-up work: no scheme, no sandbox switch, no services, no window', async () => {
  await import('../../../src/main/index');
  expect(electron.calls).toEqual(['app.requestSingleInstanceLock', 'app.quit']);
});
