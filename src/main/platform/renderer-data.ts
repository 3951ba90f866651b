/**
 * What the renderer's browser engine keeps of a person on disk or in memory outside the page: local and session
 * storage, IndexedDB, cache storage, the HTTP and code caches. Ending a kiosk session or deleting a patient's
 * information at home clears all of it; the page is then reloaded so nothing stays in its memory either.
 */
export interface RendererData {
  clear(): Promise<void>;
}
