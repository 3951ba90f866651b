import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FileDialogs } from '../main/platform/file-dialogs';

/**
 * Stands in for the system file dialogs where there is no Electron. Saving goes into one folder under the
 * suggested name, never over an existing file; opening has no folder to browse, so it answers only what a
 * test scripted and otherwise cancels. `answerNext` lets a test answer like a person would.
 */
export function folderFileDialogs(
  folder: string,
  announce: (savedPath: string) => void = () => {},
) {
  const scripted: Array<string | null> = [];
  const dialogs: FileDialogs & { answerNext(answer: string | null): void } = {
    answerNext(answer) {
      scripted.push(answer);
    },
    async chooseSavePath({ suggestedName }) {
      if (scripted.length > 0) return scripted.shift() ?? null;
      const { name, ext } = path.parse(suggestedName);
      let candidate = path.join(folder, suggestedName);
      for (let n = 1; existsSync(candidate); n += 1)
        candidate = path.join(folder, `${name}-${n}${ext}`);
      announce(candidate);
      return candidate;
    },
    async chooseOpenPath() {
      if (scripted.length > 0) return scripted.shift() ?? null;
      console.warn('The Chromium host has no file picker: opening a file needs the Electron app.');
      return null;
    },
  };
  return dialogs;
}
