import { describe, expect, it } from 'vitest';
import { electronClipboard } from '../../../../src/main/platform/electron-clipboard';

describe("Electron's clipboard, emptied when a patient is forgotten", () => {
  it('empties the clipboard, and on Linux the selection a middle click pastes', async () => {
    const seen: string[] = [];
    await electronClipboard({
      clear: () => void seen.push('clipboard'),
      selection: { clear: () => void seen.push('selection') },
    }).clear();
    expect(seen).toEqual(['clipboard', 'selection']);
  });

  it('has no selection to empty elsewhere', async () => {
    const seen: string[] = [];
    await electronClipboard({ clear: () => void seen.push('clipboard') }).clear();
    expect(seen).toEqual(['clipboard']);
  });
});
