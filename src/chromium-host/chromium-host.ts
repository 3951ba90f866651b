import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import Conf from 'conf';
import { createAppServices } from '../main/app-services';
import type { Invoke } from '../main/ipc/dispatcher';
import { lookUpAppAsset } from '../main/security/app-assets';
import { confDocument, confOptions } from '../main/store/conf-document';
import { folderFileDialogs } from './folder-file-dialogs';
import type { Page, Response } from 'playwright-core';
import { guardNavigation, type NavigationGuard } from './navigation-guard';
import { guardPermissions } from './permission-guard';
import { bridgePage } from './page-bridge';
import { cdpRendererData } from './cdp-renderer-data';
import { cdpClipboard } from './cdp-clipboard';
import { pdfFilePagePrinter } from './pdf-file-page-printer';
import { regionOfLocale } from '@shared/handout/paper-for-region';
import { NO_KEY_STORAGE, type KeyStorage } from '../main/platform/key-storage';
import { systemClock } from '../main/kiosk/clock';
import { testClock, type TestClock } from './test-clock';

export interface ChromiumHostOptions {
  /** The repository (or installed app) folder holding out/, resources/ and locales/. */
  appRoot: string;
  appVersion: string;
  /** Stands in for Electron's userData folder. */
  dataDir: string;
  /** Where "saved" handouts go. */
  saveDir: string;
  onHandoutSaved?: (savedPath: string) => void;
  /** Told where each printed handout went (print-N.pdf in saveDir). */
  onHandoutPrinted?: (printedPath: string) => void;
  /** Stands in for the system-wide managed pack location; default: managed-pack.json in dataDir. */
  managedPackPath?: string;
  /** Told when staff choose to close the app. */
  onCloseApp?: () => void;
  /**
   * The computer's preferred languages, as Electron's app.getPreferredSystemLanguages() gives them; default: the
   * locale this process runs in (LANG), as the region is read. Never the page's navigator.languages.
   */
  systemLanguages?: readonly string[];
  /** There is no OS key storage here; tests may hand in a stand-in to exercise saving at home. */
  keyStorage?: KeyStorage;
  /**
   * FOR TESTS ONLY: main's idle deadline runs on a clock that moves only when the test calls `mainClock.advance`,
   * as the tests stop the page's clock. Left out (as `npm run start:chromium` does), it runs on the system clock.
   */
  testClock?: boolean;
}

export interface ChromiumHost {
  origin: URL;
  invoke: Invoke;
  fileDialogs: ReturnType<typeof folderFileDialogs>;
  pagePrinter: ReturnType<typeof pdfFilePagePrinter>;
  /**
   * Opens the app in `page`, as Electron opens its window: the bridge to main, the navigation and permission
   * guards, printing and storage clearing attached to it, then the app's entry page.
   */
  open(page: Page): Promise<void>;
  /** Reloads the page as main does (a person pressing reload at home); the page cannot reload itself. */
  reload(): Promise<Response | null>;
  /** The navigations the page started and the guard cancelled, for tests. */
  cancelledNavigations(): readonly string[];
  /** FOR TESTS ONLY: the clock main's idle deadline runs on, when the host was started with `testClock`. */
  mainClock: TestClock | null;
  close(): Promise<void>;
}

/**
 * Runs the app's main-process services in plain Node and serves the built renderer on loopback, with the
 * same asset rules and CSP header as the app:// protocol. Only the Electron-specific parts differ: the store
 * file is kept by Conf (electron-store's base class), the save dialog saves into a folder and printing prints
 * the page to a PDF file there.
 */
export async function startChromiumHost(options: ChromiumHostOptions): Promise<ChromiumHost> {
  const rendererDir = path.join(options.appRoot, 'out', 'renderer');
  let origin = new URL('http://127.0.0.1');
  const server: Server = createServer((request, response) => {
    const asset = lookUpAppAsset(new URL(request.url ?? '/', origin).href, rendererDir, origin);
    if (asset.status !== 200 || request.method !== 'GET') {
      response.writeHead(asset.status === 200 ? 405 : asset.status).end();
      return;
    }
    readFile(asset.filePath).then(
      (body) => response.writeHead(200, asset.headers).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);

  const clinicFile = { cwd: options.dataDir, configName: 'clinic' };
  const fileDialogs = folderFileDialogs(options.saveDir, options.onHandoutSaved);
  const sessionFile = { cwd: options.dataDir, configName: 'session' };
  const pagePrinter = pdfFilePagePrinter(options.saveDir, options.onHandoutPrinted);
  const rendererData = cdpRendererData(() => origin);
  const clipboard = cdpClipboard();
  let navigation: NavigationGuard | null = null;
  const reload = async () => {
    if (!navigation) throw new Error('No page is open.');
    return navigation.reload();
  };
  const mainClock = options.testClock ? testClock() : null;
  const { invoke } = await createAppServices({
    appRoot: options.appRoot,
    appVersion: options.appVersion,
    appOrigin: origin,
    clinicDocument: confDocument(
      clinicFile,
      () =>
        new Conf<Record<string, unknown>>({
          ...confOptions(clinicFile),
          projectVersion: options.appVersion,
        }),
    ),
    sessionDocument: confDocument(
      sessionFile,
      () =>
        new Conf<Record<string, unknown>>({
          ...confOptions(sessionFile),
          projectVersion: options.appVersion,
        }),
    ),
    keyStorage: options.keyStorage ?? NO_KEY_STORAGE,
    fileDialogs,
    pagePrinter,
    rendererData,
    clipboard,
    platform: process.platform,
    region: regionOfLocale(Intl.DateTimeFormat().resolvedOptions().locale),
    systemLanguages: options.systemLanguages ?? [Intl.DateTimeFormat().resolvedOptions().locale],
    managedPackPath: options.managedPackPath ?? path.join(options.dataDir, 'managed-pack.json'),
    now: () => new Date(),
    idleClock: mainClock ?? systemClock,
    // A browser tab is not the app's to close; staff close the Chromium window themselves.
    closeApp: () => options.onCloseApp?.(),
    // Not awaited: the call that ends a session answers while the page reloads, as it does in Electron.
    reloadPage: () =>
      void reload().catch((error: unknown) => console.error('reloading the page failed', error)),
    log: {
      error: (message, error) => console.error(message, error),
      warn: (message) => console.warn(message),
    },
  });

  return {
    origin,
    invoke,
    fileDialogs,
    pagePrinter,
    async open(page) {
      await bridgePage(page, invoke);
      const permissions = await guardPermissions(page, origin);
      navigation = await guardNavigation(page);
      // Electron's window-open handler denies every new window; here one the page opens is closed at once.
      page.context().on('page', (other) => void (other === page ? undefined : other.close()));
      pagePrinter.attach(page);
      rendererData.attach(page);
      clipboard.attach(page, permissions);
      await navigation.goto(new URL('/index.html', origin).href);
    },
    reload,
    cancelledNavigations: () => navigation?.cancelled() ?? [],
    mainClock,
    close: () =>
      new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      ),
  };
}
