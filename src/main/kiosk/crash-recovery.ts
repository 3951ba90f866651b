/** The part of webContents crash recovery touches; small enough to fake in tests. */
export interface RecoverableContents {
  on(
    event: 'render-process-gone',
    listener: (event: unknown, details: { reason: string }) => void,
  ): unknown;
  reload(): void;
}

/**
 * When the page's process dies, the app comes back instead of leaving a blank window: at home on the same step
 * (the session remembers it), in a kiosk on the screen for the next person. `beforeReload` does what the mode
 * needs first (AppServices.pageCrashed). A clean exit (the app closing) is left alone.
 */
export function recoverFromCrashes(
  contents: RecoverableContents,
  beforeReload: () => Promise<void>,
  log: (message: string) => void,
): void {
  contents.on('render-process-gone', (_event, { reason }) => {
    if (reason === 'clean-exit') return;
    log(`the page's process ended (${reason}); reloading`);
    // The page comes back even if that failed: a blank kiosk would help no one.
    void beforeReload()
      .catch((error: unknown) => log(`clearing up after the crash failed: ${String(error)}`))
      .then(() => contents.reload());
  });
}
