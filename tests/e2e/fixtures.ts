import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  test as base,
  type BrowserContext,
  type ElectronApplication,
  type Page,
  type PlaywrightWorkerArgs,
  type Response,
} from '@playwright/test';
import { startChromiumHost } from '../../src/chromium-host/chromium-host';
import { CHROMIUM_LAUNCH_OPTIONS } from '../../src/chromium-host/launch-options';
import type { KeyStorage } from '../../src/main/platform/key-storage';
import { fakeKeyStorage } from '../support/fake-key-storage';
import { makeTempDir } from '../support/temp-dir';

export const HOST: 'web' | 'electron' = process.env.E2E_HOST === 'electron' ? 'electron' : 'web';
const appRoot = path.resolve(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(path.join(appRoot, 'package.json'), 'utf8')) as {
  version: string;
};

export interface AppUnderTest {
  /** The app's window; a new one after restart(). */
  readonly page: Page;
  /** The app's data folder (Electron's userData). */
  dataDir: string;
  /**
   * Where the browser engine keeps what it stores for the page on disk (storage, caches, GPU cache): Electron's
   * userData folder, or the Chromium host's profile folder when the test asked for one; null otherwise.
   */
  profileDir: string | null;
  /** Where saved handouts go unless a test answers the save dialog itself. */
  saveDir: string;
  /** Answers the next save dialog with this path, or cancels it with null. */
  answerSaveDialog(answer: string | null): Promise<void>;
  /** Answers the next open-file dialog with this path, or cancels it with null. */
  answerOpenDialog(answer: string | null): Promise<void>;
  /** Quits the app and starts it again on the same data, as a person closing and reopening it. */
  restart(): Promise<void>;
  /** Reloads the page as main does (a person pressing reload at home); a reload the page starts is cancelled. */
  reload(): Promise<Response | null>;
  /** The navigations the page started and the Chromium host cancelled, as Electron's guards do; null in Electron. */
  cancelledNavigations(): readonly string[] | null;
  /** Set only when running in Electron. */
  readonly electron: ElectronApplication | null;
  /**
   * Moves main's clock (the kiosk's idle deadline) on by `ms`; it stands still otherwise. Only the Chromium host has
   * this test clock: in Electron it throws.
   */
  advanceMainClock(ms: number): void;
  /** How long until main's next timer falls due (null: none is set), to wait for a touch the page reported itself. */
  mainTimerDueIn(): number | null;
}

interface Options {
  /** Written as the clinic store file before the app starts; null for a first start. */
  clinicFile: string | null;
  /** Written as the organization's managed pack before the app starts; null for none. */
  managedPack: string | null;
  /** Written as the organization's fixed settings (managed-settings.json, beside the pack); null for none. */
  managedSettings: string | null;
  /**
   * The key storage the Chromium host gets (it has no OS key storage of its own): "none" as in real use, or a
   * test stand-in. Electron always uses its real safeStorage.
   */
  keyStorage: 'none' | 'protected' | 'unprotected';
  /**
   * The Chromium host's browser profile: "temporary" (in memory) or "persistent", a folder on disk as Electron
   * keeps, for tests that check nothing of a patient stays there.
   */
  chromiumProfile: 'temporary' | 'persistent';
}

interface Running {
  page: Page;
  electron: ElectronApplication | null;
  answerSaveDialog(answer: string | null): Promise<void>;
  answerOpenDialog(answer: string | null): Promise<void>;
  reload(): Promise<Response | null>;
  cancelledNavigations(): readonly string[] | null;
  advanceMainClock(ms: number): void;
  mainTimerDueIn(): number | null;
  close(): Promise<void>;
}

interface Folders {
  dataDir: string;
  saveDir: string;
  managedPackPath: string;
  profileDir: string;
}

async function launchElectron(
  playwright: PlaywrightWorkerArgs['playwright'],
  folders: Folders,
): Promise<Running> {
  const electron = await playwright._electron.launch({
    // The app folder (package.json "main" points at out/main/index.js), so app.getAppPath() finds
    // resources/ and locales/ as it does in a packaged app.
    args: [appRoot],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      GTC_USER_DATA_DIR: folders.dataDir,
      GTC_MANAGED_PACK: folders.managedPackPath,
    },
  });
  return {
    page: await electron.firstWindow(),
    electron,
    // The system dialogs cannot be clicked by Playwright; main's dialog module is answered instead.
    answerSaveDialog: (answer) =>
      electron.evaluate(({ dialog }, filePath) => {
        dialog.showSaveDialog = async () => ({
          canceled: filePath === null,
          filePath: filePath ?? '',
        });
      }, answer),
    answerOpenDialog: (answer) =>
      electron.evaluate(({ dialog }, filePath) => {
        dialog.showOpenDialog = async () => ({
          canceled: filePath === null,
          filePaths: filePath === null ? [] : [filePath],
        });
      }, answer),
    reload: async () => (await electron.firstWindow()).reload(),
    cancelledNavigations: () => null,
    advanceMainClock: () => {
      throw new Error("main's test clock is the Chromium host's");
    },
    mainTimerDueIn: () => {
      throw new Error("main's test clock is the Chromium host's");
    },
    close: () => electron.close(),
  };
}

async function launchWeb(
  openContext: () => Promise<BrowserContext>,
  folders: Folders,
  keyStorage: KeyStorage | undefined,
): Promise<Running> {
  const { dataDir, saveDir, managedPackPath } = folders;
  const host = await startChromiumHost({
    appRoot,
    appVersion: version,
    dataDir,
    saveDir,
    managedPackPath,
    testClock: true,
    ...(keyStorage ? { keyStorage } : {}),
  });
  const clock = host.mainClock;
  if (!clock) throw new Error('the Chromium host was started without its test clock');
  const context = await openContext();
  const page = context.pages()[0] ?? (await context.newPage());
  await host.open(page);
  return {
    page,
    electron: null,
    reload: () => host.reload(),
    cancelledNavigations: () => host.cancelledNavigations(),
    advanceMainClock: (ms) => clock.advance(ms),
    mainTimerDueIn: () => clock.nextDueIn(),
    answerSaveDialog: async (answer) => host.fileDialogs.answerNext(answer),
    answerOpenDialog: async (answer) => host.fileDialogs.answerNext(answer),
    close: async () => {
      await context.close();
      await host.close();
    },
  };
}

/** Runs one test's app: prepares its folders, launches it, restarts it on request, and cleans up after. */
async function runApp(
  options: Options,
  launcher: (folders: Folders, keys: KeyStorage | undefined) => Promise<Running>,
  use: (app: AppUnderTest) => Promise<void>,
) {
  const temp = makeTempDir('gtc-e2e-');
  const folders = {
    dataDir: path.join(temp.dir, 'data'),
    saveDir: path.join(temp.dir, 'saved'),
    managedPackPath: path.join(temp.dir, 'managed-pack.json'),
    profileDir: path.join(temp.dir, 'profile'),
  };
  mkdirSync(folders.dataDir, { recursive: true });
  mkdirSync(folders.saveDir, { recursive: true });
  if (options.clinicFile !== null)
    writeFileSync(path.join(folders.dataDir, 'clinic.json'), options.clinicFile);
  if (options.managedPack !== null) writeFileSync(folders.managedPackPath, options.managedPack);
  if (options.managedSettings !== null)
    writeFileSync(path.join(temp.dir, 'managed-settings.json'), options.managedSettings);
  // One stand-in for the whole test, so a restart can unlock what the first run saved, as the OS would.
  const keys = options.keyStorage === 'none' ? undefined : fakeKeyStorage(options.keyStorage);

  let running = await launcher(folders, keys);
  await use({
    get page() {
      return running.page;
    },
    get electron() {
      return running.electron;
    },
    dataDir: folders.dataDir,
    profileDir:
      HOST === 'electron'
        ? folders.dataDir
        : options.chromiumProfile === 'persistent'
          ? folders.profileDir
          : null,
    saveDir: folders.saveDir,
    answerSaveDialog: (answer) => running.answerSaveDialog(answer),
    answerOpenDialog: (answer) => running.answerOpenDialog(answer),
    reload: () => running.reload(),
    cancelledNavigations: () => running.cancelledNavigations(),
    advanceMainClock: (ms) => running.advanceMainClock(ms),
    mainTimerDueIn: () => running.mainTimerDueIn(),
    restart: async () => {
      await running.close();
      running = await launcher(folders, keys);
    },
  });
  await running.close();
  if (existsSync(temp.dir)) temp.cleanup();
}

export const test = base.extend<Options & { app: AppUnderTest }, { ownTempFolder: string }>({
  // Each worker gets its own temporary folder (os.tmpdir() follows TMPDIR), so a test that finds no print files
  // left there sees only its own worker's, whose tests run one at a time, never another test printing beside it.
  ownTempFolder: [
    // Playwright reads a fixture's needs from its first parameter's pattern; this one needs none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const before = process.env.TMPDIR;
      const folder = mkdtempSync(path.join(os.tmpdir(), 'gtc-e2e-worker-'));
      process.env.TMPDIR = folder;
      await use(folder);
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
      rmSync(folder, { recursive: true, force: true });
    },
    { scope: 'worker', auto: true },
  ],
  clinicFile: [null, { option: true }],
  managedPack: [null, { option: true }],
  managedSettings: [null, { option: true }],
  keyStorage: ['none', { option: true }],
  chromiumProfile: ['temporary', { option: true }],
  // Each host asks only for what it needs, so the Electron run never starts Chromium.
  app:
    HOST === 'electron'
      ? async (
          { playwright, clinicFile, managedPack, managedSettings, keyStorage, chromiumProfile },
          use,
        ) =>
          runApp(
            { clinicFile, managedPack, managedSettings, keyStorage, chromiumProfile },
            (folders) => launchElectron(playwright, folders),
            use,
          )
      : async (
          {
            playwright,
            browser,
            clinicFile,
            managedPack,
            managedSettings,
            keyStorage,
            chromiumProfile,
            locale,
          },
          use,
        ) =>
          runApp(
            { clinicFile, managedPack, managedSettings, keyStorage, chromiumProfile },
            (folders, keys) =>
              launchWeb(
                () =>
                  chromiumProfile === 'persistent'
                    ? playwright.chromium.launchPersistentContext(folders.profileDir, {
                        ...CHROMIUM_LAUNCH_OPTIONS,
                        ...(locale ? { locale } : {}),
                      })
                    : browser.newContext(),
                folders,
                keys,
              ),
            use,
          ),
});

export { expect } from '@playwright/test';
