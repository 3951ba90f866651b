import { BrowserWindow } from 'electron';
import type { AppMode } from '@shared/schemas/computer-role';
import { APP_ENTRY_URL } from '../security/app-origin';
import { mainWindowOptions } from '../security/window-options';

export function openMainWindow(preloadPath: string, title: string, mode: AppMode): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath, title, mode));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
