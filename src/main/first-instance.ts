/** What of Electron's `app` decides whether this copy of the app may start. */
export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
}

/**
 * Runs `startUp` only in the first copy of the app. A second copy (started while one runs, say by a second
 * double-click) quits before any start-up work: it opens no store, no service and no window, so two copies
 * never share one patient's files. Electron then tells the first copy (`second-instance`), which shows itself.
 */
export function startFirstInstance(app: SingleInstanceApp, startUp: () => void): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  startUp();
}
