import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_NAMES, channelOf } from '@shared/contract/api-contract';
import { contentSecurityPolicy } from '../../../src/main/security/content-security-policy';
import { mainWindowOptions } from '../../../src/main/security/window-options';
import { electron } from '../../support/electron-stand-in';
import { makeTempDir } from '../../support/temp-dir';

// Starts the real Electron entry point (src/main/index.ts) against the recording stand-in for the electron
// module, and checks that the glue wires every protection in, in the right order.
vi.mock('electron', async () => (await import('../../support/electron-stand-in')).electron.module);

let cleanup: () => void;
// A print folder an earlier run left behind, in this test's own temporary folder (os.tmpdir() follows TMPDIR).
let leftover: string;
const systemTemp = process.env.TMPDIR;
beforeAll(async () => {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  electron.settings.dataDir = temp.dir;
  process.env.TMPDIR = temp.dir;
  leftover = path.join(temp.dir, 'gtc-print-left');
  mkdirSync(leftover);
  chmodSync(leftover, 0o700);
  await import('../../../src/main/index');
  electron.ready();
  await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
});
afterAll(() => {
  if (systemTemp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = systemTemp;
  cleanup();
});

describe('the Electron entry point', () => {
  it('turns the sandbox on for every renderer and registers app:// as a secure scheme before ready', () => {
    const calls = electron.callNames();
    expect(calls).toContain('app.enableSandbox');
    expect(calls.indexOf('app.enableSandbox')).toBeLessThan(calls.indexOf('ready'));
    expect(calls).toContain('protocol.registerSchemesAsPrivileged');
    expect(calls.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(
      calls.indexOf('ready'),
    );
    expect(electron.argsOf('protocol.registerSchemesAsPrivileged')).toEqual([
      [{ scheme: 'app', privileges: { standard: true, secure: true } }],
    ]);
  });

  it('guards every web contents as it is created', () => {
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    electron.listeners.get('app.web-contents-created')?.({}, contents);
    expect(contents.on.mock.calls.map((call) => call[0])).toEqual([
      'will-navigate',
      'will-frame-navigate',
      'will-redirect',
      'will-attach-webview',
    ]);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
  });

  it('denies permissions and cancels outside requests for the session', () => {
    const deny = vi.fn();
    electron.listeners.get('session.permissionRequest')?.({}, 'media', deny);
    expect(deny).toHaveBeenCalledWith(false);
    expect(electron.listeners.get('session.permissionCheck')?.()).toBe(false);
    const cancel = vi.fn();
    electron.listeners.get('session.beforeRequest')?.({ url: 'https://example.com/' }, cancel);
    expect(cancel).toHaveBeenCalledWith({ cancel: true });
  });

  it('serves the renderer from app:// with the CSP header', async () => {
    expect(electron.argsOf('protocol.handle')?.[0]).toBe('app');
    const handler = electron.listeners.get('protocol.handle:app') as (
      request: Request,
    ) => Promise<Response>;
    const response = await handler(new Request('app://gtc/index.html'));
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy('header'));
    expect((await handler(new Request('app://gtc/%2e%2e/%2e%2e/package.json'))).status).not.toBe(
      200,
    );
  });

  it('registers one IPC handler per contract entry and nothing else', () => {
    const handled = electron.calls
      .filter((call) => call.name === 'ipcMain.handle')
      .map((call) => call.args[0]);
    expect(handled.sort()).toEqual(API_NAMES.map(channelOf).sort());
  });

  it('answers the app page and refuses any other sender', async () => {
    const handler = electron.listeners.get(`ipcMain.handle:${channelOf('getSession')}`);
    const fromApp = await handler?.({ senderFrame: { url: 'app://gtc/index.html', parent: null } });
    const fromElsewhere = await handler?.({
      senderFrame: { url: 'https://evil.example/', parent: null },
    });
    expect(fromApp).toMatchObject({ ok: true, value: { firstName: '', protocolId: null } });
    expect(fromElsewhere).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('opens one window with the secure options, loading the app from app://', () => {
    const [window] = electron.windows;
    const preload = path.resolve('src/preload/index.cjs');
    expect(window?.options).toEqual(mainWindowOptions(preload, 'Gene Therapy Companion', 'home'));
    expect(window?.url).toBe('app://gtc/index.html');
    expect(electron.calls.filter((call) => call.name === 'dialog.showErrorBox')).toEqual([]);
  });

  it('removes print folders an earlier run left behind before it starts its services', () => {
    expect(existsSync(leftover)).toBe(false);
  });

  it('reloads the page when its process dies, or hangs as main reloads it; at home it keeps the menu and lets the window close', () => {
    const [window] = electron.windows;
    expect(window?.events).toEqual([
      'webContents:did-finish-load',
      'webContents:unresponsive',
      'webContents:render-process-gone',
    ]);
    expect(electron.argsOf('Menu.setApplicationMenu')).toBeUndefined();
  });
});
