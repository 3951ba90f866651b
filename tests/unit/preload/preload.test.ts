import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { API_NAMES, BRIDGE_GLOBAL, channelOf } from '@shared/contract/api-contract';
import { electron } from '../../support/electron-stand-in';
import { relative, staticGraph } from '../../support/static-imports';

// The preload as Electron runs it, against the stand-in for the electron module: what it exposes is recorded.
vi.mock('electron', async () => (await import('../../support/electron-stand-in')).electron.module);
beforeAll(async () => {
  await import('../../../src/preload/index');
});
const exposed = electron.exposed;

describe('preload', () => {
  it('exposes exactly one object, under the bridge name', () => {
    expect([...exposed.keys()]).toEqual([BRIDGE_GLOBAL]);
  });

  it('exposes exactly the contract calls, each a function', () => {
    const bridge = exposed.get(BRIDGE_GLOBAL) as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual([...API_NAMES].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it("forwards one argument to the call's own channel and returns main's answer", async () => {
    const bridge = exposed.get(BRIDGE_GLOBAL) as Record<
      string,
      (input: unknown) => Promise<unknown>
    >;
    await expect(bridge.updateSession?.({ firstName: 'Ana' })).resolves.toEqual({
      ok: true,
      value: 'answer',
    });
    expect(electron.argsOf('ipcRenderer.invoke')).toEqual([
      channelOf('updateSession'),
      { firstName: 'Ana' },
    ]);
  });

  it('hands the page no ipcRenderer, process or require', () => {
    const bridge = exposed.get(BRIDGE_GLOBAL) as Record<string, unknown>;
    for (const forbidden of ['ipcRenderer', 'process', 'require', 'send', 'on'])
      expect(bridge).not.toHaveProperty(forbidden);
  });

  it("builds no schema before the page starts: it runs no package but electron, and not the contract's schemas", () => {
    const graph = relative(
      staticGraph(path.resolve(import.meta.dirname, '../../../src/preload/index.ts')),
    );
    expect(graph.filter((file) => file.startsWith('package:'))).toEqual(['package:electron']);
    expect(graph.filter((file) => file.startsWith('src/shared/'))).toEqual([
      'src/shared/contract/bridge-global.ts',
      'src/shared/contract/call-names.ts',
    ]);
  });
});
