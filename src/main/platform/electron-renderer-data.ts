import type { Session } from 'electron';
import type { RendererData } from './renderer-data';

/** Electron's session: every kind of storage of every origin, and its caches. */
export function electronRendererData(
  session: () => Pick<
    Session,
    'clearStorageData' | 'clearCache' | 'clearCodeCaches' | 'clearAuthCache'
  >,
): RendererData {
  return {
    async clear() {
      const current = session();
      await current.clearStorageData();
      await current.clearCache();
      await current.clearCodeCaches({});
      await current.clearAuthCache();
    },
  };
}
