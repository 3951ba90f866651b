import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, type ElectronApplication, type Page } from '@playwright/test';
import { startChromiumHost } from '../../src/chromium-host/chromium-host';
import { bridgePage } from '../../src/chromium-host/page-bridge';
import { makeTempDir } from '../support/temp-dir';

export const HOST: 'web' | 'electron' = process.env.E2E_HOST === 'electron' ? 'electron' : 'web';
const appRoot = path.resolve(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(path.join(appRoot, 'package.json'), 'utf8')) as { version: string };

export interface AppUnderTest {
  page: Page;
  /** The app's data folder (Electron's userData). */
  dataDir: string;
  /** Where saved handouts go unless a test answers the save dialog itself. */
  saveDir: string;
  /** Answers the next save dialog with this path, or cancels it with null. */
  answerSaveDialog(answer: string | null): Promise<void>;
  /** Answers the next open-file dialog with this path, or cancels it with null. */
  answerOpenDialog(answer: string | null): Promise<void>;
  /** Set only when running in Electron. */
  electron: ElectronApplication | null;
}

interface Options {
  /** Written as the clinic store file before the app starts; null for a first start. */
  clinicFile: string | null;
  /** Written as the organization's managed pack before the app starts; null for none. */
  managedPack: string | null;
}

async function prepare(clinicFile: string | null, managedPack: string | null) {
  const temp = makeTempDir('gtc-e2e-');
  const dataDir = path.join(temp.dir, 'data');
  const saveDir = path.join(temp.dir, 'saved');
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(saveDir, { recursive: true });
  if (clinicFile !== null) writeFileSync(path.join(dataDir, 'clinic.json'), clinicFile);
  const managedPackPath = path.join(temp.dir, 'managed-pack.json');
  if (managedPack !== null) writeFileSync(managedPackPath, managedPack);
  return { ...temp, dataDir, saveDir, managedPackPath };
}

export const test = base.extend<Options & { app: AppUnderTest }>({
  clinicFile: [null, { option: true }],
  managedPack: [null, { option: true }],
  app:
    HOST === 'electron'
      ? async ({ playwright, clinicFile, managedPack }, use) => {
          const { dataDir, saveDir, managedPackPath, cleanup } = await prepare(clinicFile, managedPack);
          const electron = await playwright._electron.launch({
            // The app folder (package.json "main" points at out/main/index.js), so app.getAppPath() finds
            // resources/ and locales/ as it does in a packaged app.
            args: [appRoot],
            env: { ...process.env, NODE_ENV: 'test', GTC_USER_DATA_DIR: dataDir, GTC_MANAGED_PACK: managedPackPath },
          });
          const page = await electron.firstWindow();
          await use({
            page,
            dataDir,
            saveDir,
            electron,
            // The system dialog cannot be clicked by Playwright; main's dialog module is answered instead.
            answerSaveDialog: (answer) =>
              electron.evaluate(({ dialog }, filePath) => {
                dialog.showSaveDialog = (async () => ({ canceled: filePath === null, filePath: filePath ?? '' })) as typeof dialog.showSaveDialog;
              }, answer),
            answerOpenDialog: (answer) =>
              electron.evaluate(({ dialog }, filePath) => {
                dialog.showOpenDialog = (async () => ({ canceled: filePath === null, filePaths: filePath === null ? [] : [filePath] })) as typeof dialog.showOpenDialog;
              }, answer),
          });
          await electron.close();
          cleanup();
        }
      : async ({ browser, clinicFile, managedPack }, use) => {
          const { dataDir, saveDir, managedPackPath, cleanup } = await prepare(clinicFile, managedPack);
          const host = await startChromiumHost({ appRoot, appVersion: version, dataDir, saveDir, managedPackPath });
          const context = await browser.newContext();
          const page = await context.newPage();
          await bridgePage(page, host.invoke);
          await page.goto(new URL('/index.html', host.origin).href);
          await use({
            page,
            dataDir,
            saveDir,
            electron: null,
            answerSaveDialog: async (answer) => host.fileDialogs.answerNext(answer),
            answerOpenDialog: async (answer) => host.fileDialogs.answerNext(answer),
          });
          await context.close();
          await host.close();
          if (existsSync(dataDir)) cleanup();
        },
});

export { expect } from '@playwright/test';
