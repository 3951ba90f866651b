/** The part of webContents reloading needs; small enough to fake in tests. */
export interface ReloadableContents {
  on(event: 'unresponsive' | 'did-finish-load', listener: () => void): unknown;
  reload(): void;
  forcefullyCrashRenderer(): void;
}

/**
 * Main's reload after a session's end, which also reaches a page that hangs: a hung page cannot load the next one
 * and would keep the patient on the screen, so when Electron reports it unresponsive while main reloads it, its
 * process is ended (Electron's documented way out), and crash recovery forgets the patient and reloads the page in a
 * new process. A page that hangs while someone uses it is left alone: it may only be busy.
 */
export function reloadEvenIfHung(contents: ReloadableContents): () => void {
  let reloading = false;
  contents.on('did-finish-load', () => {
    reloading = false;
  });
  contents.on('unresponsive', () => {
    if (reloading) contents.forcefullyCrashRenderer();
  });
  return () => {
    reloading = true;
    contents.reload();
  };
}
