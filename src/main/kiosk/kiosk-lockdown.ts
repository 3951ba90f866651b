import { isBlockedInKiosk, type KeyInput } from './kiosk-shortcuts';

/** The parts of a BrowserWindow the kiosk lockdown touches; small enough to fake in tests. */
export interface LockableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  webContents: {
    on(
      event: 'before-input-event',
      listener: (event: { preventDefault(): void }, input: KeyInput) => void,
    ): unknown;
    setVisualZoomLevelLimits(minimum: number, maximum: number): Promise<void>;
  };
}

/**
 * Keeps a kiosk window on the app: shortcuts that reload, zoom, open developer tools or windows, or close are
 * swallowed, pinch zoom is off, and the window will not close until `mayClose()` (staff entered the PIN and chose
 * to close the app).
 */
export function lockDownKiosk(window: LockableWindow, mayClose: () => boolean): void {
  window.webContents.on('before-input-event', (event, input) => {
    if (isBlockedInKiosk(input)) event.preventDefault();
  });
  void window.webContents.setVisualZoomLevelLimits(1, 1);
  window.on('close', (event) => {
    if (!mayClose()) event.preventDefault();
  });
}
