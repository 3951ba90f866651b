import { dialog, type BrowserWindow } from 'electron';
import type { SaveDialog } from './save-dialog';

export function electronSaveDialog(window: () => BrowserWindow | null): SaveDialog {
  return {
    async choosePdfPath({ suggestedName, fileTypeLabel }) {
      const options = { defaultPath: suggestedName, filters: [{ name: fileTypeLabel, extensions: ['pdf'] }] };
      const owner = window();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
