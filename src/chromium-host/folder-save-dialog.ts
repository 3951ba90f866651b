import { existsSync } from 'node:fs';
import path from 'node:path';
import type { SaveDialog } from '../main/platform/save-dialog';

/**
 * Stands in for the system save dialog where there is no Electron: saves into one folder under the suggested
 * name, never over an existing file. `answer` lets a test answer like a person would (a path, or cancel).
 */
export function folderSaveDialog(folder: string, announce: (savedPath: string) => void = () => {}) {
  let scripted: Array<string | null> = [];
  const dialog: SaveDialog & { answerNext(answer: string | null): void; lastPath: string | null } = {
    lastPath: null,
    answerNext(answer) {
      scripted.push(answer);
    },
    async choosePdfPath({ suggestedName }) {
      if (scripted.length > 0) {
        const [answer, ...rest] = scripted;
        scripted = rest;
        dialog.lastPath = answer ?? null;
        return answer ?? null;
      }
      const { name, ext } = path.parse(suggestedName);
      let candidate = path.join(folder, suggestedName);
      for (let n = 1; existsSync(candidate); n += 1) candidate = path.join(folder, `${name}-${n}${ext}`);
      dialog.lastPath = candidate;
      announce(candidate);
      return candidate;
    },
  };
  return dialog;
}
