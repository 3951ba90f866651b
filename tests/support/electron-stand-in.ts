/**
 * The one stand-in for the electron package in tests: the real package would try to download the binary. A test
 * file that loads code importing electron replaces the module with this one, and reads and steers it through the
 * same import:
 *
 *   import { electron } from '../../support/electron-stand-in';
 *   vi.mock('electron', async () => (await import('../../support/electron-stand-in')).electron.module);
 *
 * Every call is recorded in order as "object.method" with its arguments. A member the glue never used is absent, so
 * code that starts using a new part of Electron fails its test until the stand-in learns it. Each file that
 * replaces a module runs isolated (vitest.config.ts), so each gets a fresh stand-in.
 */

/** One call the code made into Electron. */
export interface ElectronCall {
  name: string;
  args: unknown[];
}

type Listener = (...args: unknown[]) => unknown;

/** A window the code opened: its options, the address it loaded and the events it listens to. */
export interface OpenedWindow {
  options: unknown;
  url: string | null;
  events: string[];
}

function createStandIn() {
  const calls: ElectronCall[] = [];
  /** Listeners by "object.event", e.g. "app.web-contents-created", "ipcMain.handle:<channel>". */
  const listeners = new Map<string, Listener>();
  const windows: OpenedWindow[] = [];
  /** What the page's preload exposed, by its key. */
  const exposed = new Map<string, unknown>();
  let ready: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));

  /** A method that records its call and answers with `answer(...args)`. */
  const method =
    <A extends unknown[], R>(name: string, answer: (...args: A) => R) =>
    (...args: A): R => {
      calls.push({ name, args });
      return answer(...args);
    };
  const nothing = () => undefined;
  const listen = (object: string) => (event: string, listener: Listener) =>
    void listeners.set(`${object}.${event}`, listener);

  const settings = {
    /** The folder app.getPath answers with. */
    dataDir: '',
    /** False makes this copy of the app a second one: another holds the single-instance lock. */
    singleInstanceLock: true,
  };

  const app = {
    setPath: method('app.setPath', nothing),
    enableSandbox: method('app.enableSandbox', nothing),
    requestSingleInstanceLock: method(
      'app.requestSingleInstanceLock',
      () => settings.singleInstanceLock,
    ),
    quit: method('app.quit', nothing),
    exit: method('app.exit', nothing),
    on: method('app.on', listen('app')),
    whenReady: method('app.whenReady', () => whenReady),
    getPath: method('app.getPath', () => settings.dataDir),
    getAppPath: method('app.getAppPath', () => process.cwd()),
    getVersion: method('app.getVersion', () => '0.1.0'),
    getName: method('app.getName', () => 'Gene Therapy Companion'),
    getLocaleCountryCode: method('app.getLocaleCountryCode', () => 'US'),
    getPreferredSystemLanguages: method('app.getPreferredSystemLanguages', () => ['en-US']),
    getLocale: method('app.getLocale', () => 'en-US'),
  };

  const ipcChannels = new Set<string>();
  const api = {
    app,
    protocol: {
      registerSchemesAsPrivileged: method('protocol.registerSchemesAsPrivileged', nothing),
      handle: method(
        'protocol.handle',
        (scheme: string, handler: Listener) =>
          void listeners.set(`protocol.handle:${scheme}`, handler),
      ),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: method(
          'session.setPermissionRequestHandler',
          (handler: Listener) => void listeners.set('session.permissionRequest', handler),
        ),
        setPermissionCheckHandler: method(
          'session.setPermissionCheckHandler',
          (handler: Listener) => void listeners.set('session.permissionCheck', handler),
        ),
        webRequest: {
          onBeforeRequest: method(
            'session.webRequest.onBeforeRequest',
            (handler: Listener) => void listeners.set('session.beforeRequest', handler),
          ),
        },
      },
    },
    ipcMain: {
      handle: method(
        'ipcMain.handle',
        (channel: string, handler: Listener) =>
          void listeners.set(`ipcMain.handle:${channel}`, handler),
      ),
      on: method('ipcMain.on', (channel: string) => void ipcChannels.add(channel)),
      removeAllListeners: method(
        'ipcMain.removeAllListeners',
        (channel: string) => void ipcChannels.delete(channel),
      ),
      eventNames: () => [...ipcChannels],
    },
    dialog: {
      showSaveDialog: method('dialog.showSaveDialog', () => Promise.resolve({ canceled: true })),
      showErrorBox: method('dialog.showErrorBox', nothing),
    },
    Menu: { setApplicationMenu: method('Menu.setApplicationMenu', nothing) },
    // Reversible, so what is locked can be read back; encryption itself is tested with the key storage.
    safeStorage: {
      isAsyncEncryptionAvailable: method('safeStorage.isAsyncEncryptionAvailable', () =>
        Promise.resolve(true),
      ),
      getSelectedStorageBackend: method(
        'safeStorage.getSelectedStorageBackend',
        () => 'gnome_libsecret',
      ),
      encryptStringAsync: method('safeStorage.encryptStringAsync', (plain: string) =>
        Promise.resolve(Buffer.from(plain, 'utf8').reverse()),
      ),
      decryptStringAsync: method('safeStorage.decryptStringAsync', (cipher: Buffer) =>
        Promise.resolve({
          result: Buffer.from(cipher).reverse().toString('utf8'),
          shouldReEncrypt: false,
        }),
      ),
    },
    shell: { openPath: method('shell.openPath', () => Promise.resolve('')) },
    clipboard: { clear: method('clipboard.clear', nothing) },
    BrowserWindow: class {
      readonly opened: OpenedWindow;
      readonly webContents: { on: (event: string) => void };
      constructor(options: unknown) {
        calls.push({ name: 'new BrowserWindow', args: [options] });
        const opened: OpenedWindow = { options, url: null, events: [] };
        this.opened = opened;
        this.webContents = { on: (event) => void opened.events.push(`webContents:${event}`) };
        windows.push(opened);
      }
      on(event: string) {
        this.opened.events.push(event);
      }
      once() {}
      focus() {}
      loadURL(url: string) {
        this.opened.url = url;
        return Promise.resolve();
      }
    },
    contextBridge: {
      exposeInMainWorld: method(
        'contextBridge.exposeInMainWorld',
        (key: string, value: unknown) => void exposed.set(key, value),
      ),
    },
    ipcRenderer: {
      invoke: method<[channel: string, input: unknown], Promise<unknown>>(
        'ipcRenderer.invoke',
        () => Promise.resolve({ ok: true, value: 'answer' }),
      ),
    },
  };

  return {
    settings,
    calls,
    /** The names of the calls so far, in order. */
    callNames: () => calls.map((call) => call.name),
    /** The arguments of the last call by that name, or undefined if there was none. */
    argsOf: (name: string) => calls.findLast((call) => call.name === name)?.args,
    listeners,
    windows,
    exposed,
    /** Resolves app.whenReady(), as Electron does once it has started; recorded as the call "ready". */
    ready: () => {
      calls.push({ name: 'ready', args: [] });
      ready();
    },
    api,
    /** The module as `vi.mock('electron', …)` should give it: named exports and the default one. */
    module: { default: api, ...api },
  };
}

export const electron = createStandIn();
