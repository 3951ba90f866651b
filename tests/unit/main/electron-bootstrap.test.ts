import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { API_NAMES, channelOf } from '@shared/contract/api-contract';
import { contentSecurityPolicy } from '../../../src/main/security/content-security-policy';
import { mainWindowOptions } from '../../../src/main/security/window-options';
import { makeTempDir } from '../../support/temp-dir';

// Starts the real Electron entry point (src/main/index.ts) against a recording stand-in for the electron
// module, and checks that the glue wires every protection in, in the right order.
const electron = vi.hoisted(() => {
  const calls: string[] = [];
  const appHandlers = new Map<string, (...args: unknown[]) => void>();
  const ipcHandlers = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
  const windows: Array<{ options: unknown; url?: string; events: string[] }> = [];
  let ready!: () => void;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  // Plain records rather than vi.fn(): they must outlive the per-test mock resets.
  const installed: Record<string, unknown[]> = {};
  const record = (name: string) => (...args: unknown[]) => void (installed[name] = args);
  const session = {
    setPermissionRequestHandler: record('setPermissionRequestHandler'),
    setPermissionCheckHandler: record('setPermissionCheckHandler'),
    webRequest: { onBeforeRequest: record('onBeforeRequest') },
  };
  const api = {
    app: {
      dataDir: '',
      setPath: vi.fn(),
      enableSandbox: () => calls.push('enableSandbox'),
      requestSingleInstanceLock: () => true,
      quit: vi.fn(),
      on: (event: string, handler: (...args: unknown[]) => void) => appHandlers.set(event, handler),
      whenReady: () => whenReady,
      getPath: () => api.app.dataDir,
      getAppPath: () => process.cwd(),
      getVersion: () => '0.1.0',
      getName: () => 'Gene Therapy Companion',
      getLocaleCountryCode: () => 'US',
      getPreferredSystemLanguages: () => ['en-US'],
      getLocale: () => 'en-US',
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => {
        calls.push('registerSchemes');
        installed.registerSchemesAsPrivileged = [schemes];
      },
      handle: record('protocol.handle'),
    },
    session: { defaultSession: session },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => Promise<unknown>) => ipcHandlers.set(channel, handler),
      on: vi.fn(),
      removeAllListeners: vi.fn(),
    },
    dialog: { showSaveDialog: vi.fn(), showErrorBox: (title: string, message: string) => calls.push(`showErrorBox: ${title}: ${message}`) },
    Menu: { setApplicationMenu: record('Menu.setApplicationMenu') },
    // Reversible stand-in: the bootstrap only needs key storage to answer; encryption is tested elsewhere.
    safeStorage: {
      isAsyncEncryptionAvailable: async () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptStringAsync: async (plain: string) => Buffer.from(plain, 'utf8').reverse(),
      decryptStringAsync: async (cipher: Buffer) => ({ result: Buffer.from(cipher).reverse().toString('utf8'), shouldReEncrypt: false }),
    },
    shell: { openPath: vi.fn() },
    clipboard: { clear: vi.fn() },
    BrowserWindow: class {
      record: { options: unknown; url?: string; events: string[] };
      webContents: { on: (event: string) => void };
      constructor(options: unknown) {
        calls.push('BrowserWindow');
        this.record = { options, events: [] };
        this.webContents = { on: (event) => void this.record.events.push(`webContents:${event}`) };
        windows.push(this.record);
      }
      on(event: string) {
        this.record.events.push(event);
      }
      once() {}
      focus() {}
      async loadURL(url: string) {
        this.record.url = url;
      }
    },
  };
  return { api, calls, installed, appHandlers, ipcHandlers, windows, ready: () => ready() };
});

vi.mock('electron', () => ({ default: electron.api, ...electron.api }));

let cleanup: () => void;
// A print folder an earlier run left behind, in this test's own temporary folder (os.tmpdir() follows TMPDIR).
let leftover: string;
const systemTemp = process.env.TMPDIR;
beforeAll(async () => {
  const temp = makeTempDir();
  cleanup = temp.cleanup;
  electron.api.app.dataDir = temp.dir;
  process.env.TMPDIR = temp.dir;
  leftover = path.join(temp.dir, 'gtc-print-left');
  mkdirSync(leftover);
  chmodSync(leftover, 0o700);
  await import('../../../src/main/index');
  electron.calls.push('ready');
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
    expect(electron.calls.indexOf('enableSandbox')).toBeLessThan(electron.calls.indexOf('ready'));
    expect(electron.calls.indexOf('registerSchemes')).toBeLessThan(electron.calls.indexOf('ready'));
    expect(electron.installed.registerSchemesAsPrivileged).toEqual([[{ scheme: 'app', privileges: { standard: true, secure: true } }]]);
  });

  it('guards every web contents as it is created', () => {
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    electron.appHandlers.get('web-contents-created')?.({}, contents);
    expect(contents.on.mock.calls.map((call) => call[0])).toEqual(['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']);
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
  });

  it('denies permissions and cancels outside requests for the session', () => {
    const deny = vi.fn();
    (electron.installed.setPermissionRequestHandler?.[0] as (c: unknown, p: string, cb: (granted: boolean) => void) => void)({}, 'media', deny);
    expect(deny).toHaveBeenCalledWith(false);
    expect((electron.installed.setPermissionCheckHandler?.[0] as () => boolean)()).toBe(false);
    const cancel = vi.fn();
    (electron.installed.onBeforeRequest?.[0] as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void)({ url: 'https://example.com/' }, cancel);
    expect(cancel).toHaveBeenCalledWith({ cancel: true });
  });

  it('serves the renderer from app:// with the CSP header', async () => {
    const [scheme, handler] = electron.installed['protocol.handle'] as [string, (request: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    const response = await handler(new Request('app://gtc/index.html'));
    expect(response.headers.get('Content-Security-Policy')).toBe(contentSecurityPolicy('header'));
    expect((await handler(new Request('app://gtc/%2e%2e/%2e%2e/package.json'))).status).not.toBe(200);
  });

  it('registers one IPC handler per contract entry and nothing else', () => {
    expect([...electron.ipcHandlers.keys()].sort()).toEqual(API_NAMES.map(channelOf).sort());
  });

  it('answers the app page and refuses any other sender', async () => {
    const handler = electron.ipcHandlers.get(channelOf('getSession'));
    const fromApp = await handler?.({ senderFrame: { url: 'app://gtc/index.html', parent: null } });
    const fromElsewhere = await handler?.({ senderFrame: { url: 'https://evil.example/', parent: null } });
    expect(fromApp).toMatchObject({ ok: true, value: { firstName: '', protocolId: null } });
    expect(fromElsewhere).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('opens one window with the secure options, loading the app from app://', () => {
    const [window] = electron.windows;
    const preload = path.resolve('src/preload/index.cjs');
    expect(window?.options).toEqual(mainWindowOptions(preload, 'Gene Therapy Companion', 'home'));
    expect(window?.url).toBe('app://gtc/index.html');
    expect(electron.calls.filter((call) => call.startsWith('showErrorBox'))).toEqual([]);
  });

  it('removes print folders an earlier run left behind before it starts its services', () => {
    expect(existsSync(leftover)).toBe(false);
  });

  it('reloads the page when its process dies, or hangs as main reloads it; at home it keeps the menu and lets the window close', () => {
    const [window] = electron.windows;
    expect(window?.events).toEqual(['webContents:did-finish-load', 'webContents:unresponsive', 'webContents:render-process-gone']);
    expect(electron.installed['Menu.setApplicationMenu']).toBeUndefined();
  });
});
