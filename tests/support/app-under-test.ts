import path from 'node:path';
import { createAppServices } from '../../src/main/app-services';
import { folderFileDialogs } from '../../src/chromium-host/folder-file-dialogs';
import type { ApiInput, ApiName, ApiOutput, ApiResult } from '@shared/contract/api-contract';
import { NO_KEY_STORAGE, type KeyStorage } from '../../src/main/platform/key-storage';
import type { PagePrinter, PagePrintRequest } from '../../src/main/platform/page-printer';
import type { RendererData } from '../../src/main/platform/renderer-data';
import { confStore } from './conf-store';
import { systemClock } from '../../src/main/kiosk/clock';

const ORIGIN = new URL('app://gtc');

/**
 * Main's services as the app builds them, called the way the renderer calls them (through the dispatcher,
 * from the app page), with a clock the test moves and file dialogs it answers; the kiosk's idle deadline follows
 * vitest's fake timers.
 */
export async function appUnderTest(
  dataDir: string,
  saveDir: string,
  keyStorage: KeyStorage = NO_KEY_STORAGE,
  platform: NodeJS.Platform = 'linux',
  rendererData?: RendererData,
  systemLanguages: readonly string[] = ['en-US'],
) {
  let now = new Date('2026-11-22T10:00:00Z');
  const fileDialogs = folderFileDialogs(saveDir);
  const printed: PagePrintRequest[] = [];
  const pagePrinter: PagePrinter = {
    print: async (request) => {
      printed.push(request);
      return { outcome: 'printed', printer: request.silent ? request.printer : '' };
    },
    listPrinters: async () => ['Front_Desk'],
  };
  let rendererDataCleared = 0;
  let closed = 0;
  let reloaded = 0;
  let clipboardCleared = 0;
  const logged: string[] = [];
  const { invoke, mode, pageCrashed } = await createAppServices({
    appRoot: path.resolve('.'),
    appVersion: '0.0.0-test',
    appOrigin: ORIGIN,
    clinicDocument: confStore(dataDir),
    sessionDocument: confStore(dataDir, 'session'),
    keyStorage,
    fileDialogs,
    pagePrinter,
    rendererData: rendererData ?? { clear: async () => void (rendererDataCleared += 1) },
    platform,
    region: 'US',
    systemLanguages,
    managedPackPath: path.join(dataDir, 'managed-pack.json'),
    now: () => now,
    // vitest's fake timers move it, in the tests that turn them on.
    idleClock: systemClock,
    closeApp: () => void (closed += 1),
    reloadPage: () => void (reloaded += 1),
    clipboard: { clear: async () => void (clipboardCleared += 1) },
    log: {
      error: (message, error) =>
        void logged.push(
          `${message} ${String(error)} ${error instanceof Error ? (error.stack ?? '') : ''}`,
        ),
      warn: (message) => void logged.push(message),
    },
  });
  return {
    /** How the window would run: a kiosk's is locked down. */
    mode,
    fileDialogs,
    /** What was sent to the window's page printer. */
    printed,
    /** How often the page's storage and caches were cleared. */
    rendererDataCleared: () => rendererDataCleared,
    /** Everything main logged. */
    logged,
    /** How often staff closed the app. */
    closed: () => closed,
    /** What main does after the page's process died, before it reloads the page. */
    pageCrashed,
    /** How often the clipboard was emptied. */
    clipboardCleared: () => clipboardCleared,
    /** How often main reloaded the page. */
    reloaded: () => reloaded,
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
    async call<N extends ApiName>(name: N, input?: ApiInput<N>): Promise<ApiResult<ApiOutput<N>>> {
      return (await invoke(name, [input], {
        url: 'app://gtc/index.html',
        isMainFrame: true,
      })) as ApiResult<ApiOutput<N>>;
    },
  };
}
