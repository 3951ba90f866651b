import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, session } from 'electron';
import { createAppServices } from './app-services';
import { startFirstInstance } from './first-instance';
import { recoverFromCrashes } from './kiosk/crash-recovery';
import { openMainWindow } from './electron/main-window';
import { registerAppScheme, serveAppProtocol } from './electron/serve-app-protocol';
import { registerIpc } from './ipc/register-ipc';
import { managedPackPath } from './protocol/managed-pack';
import { electronFileDialogs } from './platform/electron-file-dialogs';
import { electronPagePrinter } from './platform/electron-page-printer';
import { electronRendererData } from './platform/electron-renderer-data';
import { electronClipboard } from './platform/electron-clipboard';
import { removePrintLeftovers } from './printing/cups-spooler';
import { electronKeyStorage } from './platform/electron-key-storage';
import { APP_ORIGIN } from './security/app-origin';
import { lockDownKiosk } from './kiosk/kiosk-lockdown';
import { systemClock } from './kiosk/clock';
import { reloadEvenIfHung } from './kiosk/hung-page';
import { guardSession } from './security/session-guards';
import { guardWebContents } from './security/web-contents-guards';
import { electronStoreDocument } from './store/electron-store-document';

// Electron glue only: everything it wires up is plain TypeScript tested without Electron.
const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(here, '..');

// End-to-end tests through Playwright's _electron point the app at throwaway folders; only then.
const testing = process.env.NODE_ENV === 'test';
if (testing && process.env.GTC_USER_DATA_DIR)
  app.setPath('userData', process.env.GTC_USER_DATA_DIR);

// The single-instance lock is kept in the user-data folder, so the test folder above is set before it.
startFirstInstance(app, () => {
  registerAppScheme();
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

  let mainWindow: BrowserWindow | null = null;
  let reloadWindow: (() => void) | null = null;
  // A kiosk window refuses to close until staff close the app from clinician mode.
  let mayClose = false;

  app
    .whenReady()
    .then(async () => {
      guardSession(session.defaultSession);
      serveAppProtocol(path.join(outDir, 'renderer'));
      await removePrintLeftovers(os.tmpdir(), (message) => console.warn(message));

      const userData = app.getPath('userData');
      const services = await createAppServices({
        appRoot: app.getAppPath(),
        appVersion: app.getVersion(),
        appOrigin: APP_ORIGIN,
        clinicDocument: electronStoreDocument({ cwd: userData, configName: 'clinic' }),
        sessionDocument: electronStoreDocument({ cwd: userData, configName: 'session' }),
        keyStorage: electronKeyStorage(process.platform),
        fileDialogs: electronFileDialogs(() => mainWindow),
        pagePrinter: electronPagePrinter(() => mainWindow),
        rendererData: electronRendererData(() => session.defaultSession),
        clipboard: electronClipboard(clipboard),
        platform: process.platform,
        region: app.getLocaleCountryCode() || null,
        // The app's own locale last, should the system list none.
        systemLanguages: [...app.getPreferredSystemLanguages(), app.getLocale()],
        managedPackPath:
          (testing && process.env.GTC_MANAGED_PACK) ||
          managedPackPath(process.platform, process.env),
        now: () => new Date(),
        idleClock: systemClock,
        closeApp: () => {
          mayClose = true;
          app.quit();
        },
        // A navigation main starts: Electron emits no will-navigate for it, so the guards let it through.
        reloadPage: () => reloadWindow?.(),
        log: {
          error: (message, error) => console.error(message, error),
          warn: (message) => console.warn(message),
        },
      });
      registerIpc(ipcMain, services.invoke);

      // No menu in a kiosk: the default one carries reload and developer-tools shortcuts.
      if (services.mode === 'kiosk') Menu.setApplicationMenu(null);
      mainWindow = openMainWindow(
        path.join(outDir, 'preload', 'index.cjs'),
        app.getName(),
        services.mode,
      );
      reloadWindow = reloadEvenIfHung(mainWindow.webContents);
      if (services.mode === 'kiosk') lockDownKiosk(mainWindow, () => mayClose);
      recoverFromCrashes(mainWindow.webContents, services.pageCrashed, (message) =>
        console.warn(message),
      );
      app.on('second-instance', () => mainWindow?.focus());
    })
    .catch((error: unknown) => {
      // Without its services the app cannot work: say so instead of leaving no window at all.
      console.error('Gene Therapy Companion could not start', error);
      dialog.showErrorBox(
        'Gene Therapy Companion could not start',
        error instanceof Error ? error.message : String(error),
      );
      app.exit(1);
    });

  app.on('window-all-closed', () => app.quit());
});
