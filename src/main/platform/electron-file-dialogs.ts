import { dialog, type BrowserWindow } from 'electron';
import type { FileDialogs } from './file-dialogs';

export function electronFileDialogs(window: () => BrowserWindow | null): FileDialogs {
  const owned = <T>(show: (owner: BrowserWindow | null) => Promise<T>) => show(window());
  return {
    chooseSavePath: ({ suggestedName, fileTypeLabel, extension }) =>
      owned(async (owner) => {
        const options = {
          defaultPath: suggestedName,
          filters: [{ name: fileTypeLabel, extensions: [extension] }],
        };
        const result = owner
          ? await dialog.showSaveDialog(owner, options)
          : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      }),
    chooseOpenPath: ({ fileTypeLabel, extension }) =>
      owned(async (owner) => {
        const options = {
          properties: ['openFile' as const],
          filters: [{ name: fileTypeLabel, extensions: [extension] }],
        };
        const result = owner
          ? await dialog.showOpenDialog(owner, options)
          : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      }),
  };
}
