import type { Clipboard as ElectronClipboard } from 'electron';
import type { Clipboard } from './clipboard';

/**
 * Electron's clipboard: the clipboard itself and, on Linux, the selection a middle click pastes (Electron 45:
 * `clipboard.selection`, a second clipboard object there and undefined elsewhere).
 */
export function electronClipboard(clipboard: {
  clear(): void;
  readonly selection?: Pick<ElectronClipboard, 'clear'>;
}): Clipboard {
  return {
    async clear() {
      clipboard.clear();
      clipboard.selection?.clear();
    },
  };
}
