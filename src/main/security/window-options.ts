import type { BrowserWindowConstructorOptions } from 'electron';
import type { AppMode } from '@shared/schemas/computer-role';

/**
 * The main window's options, kept pure so a test can check every security setting. Each is stated explicitly
 * even where Electron's default agrees, so a changed default or a careless edit shows up in review.
 */
export function mainWindowOptions(
  preloadPath: string,
  title: string,
  mode: AppMode = 'home',
): BrowserWindowConstructorOptions {
  const kiosk = mode === 'kiosk';
  return {
    width: 1100,
    height: 800,
    minWidth: 480,
    minHeight: 480,
    title,
    show: false,
    autoHideMenuBar: true,
    // A kiosk fills the screen and cannot be left from the keyboard (see kiosk-lockdown.ts).
    kiosk,
    fullscreen: kiosk,
    closable: !kiosk,
    minimizable: !kiosk,
    webPreferences: {
      devTools: !kiosk,
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}
