import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API_NAMES, BRIDGE_GLOBAL, channelOf } from '@shared/contract/api-contract';

const exposed = new Map<string, unknown>();
const invoke = vi.fn<(channel: string, input: unknown) => Promise<unknown>>(async () => ({ ok: true, value: 'answer' }));

// The real electron package is never loaded in tests: it would try to download the binary.
vi.mock('electron', () => {
  const api = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
    ipcRenderer: { invoke },
  };
  return { default: api, ...api };
});

beforeEach(async () => {
  exposed.clear();
  invoke.mockClear();
  vi.resetModules();
  await import('../../../src/preload/index');
});

describe('preload', () => {
  it('exposes exactly one object, under the bridge name', () => {
    expect([...exposed.keys()]).toEqual([BRIDGE_GLOBAL]);
  });

  it('exposes exactly the contract calls, each a function', () => {
    const bridge = exposed.get(BRIDGE_GLOBAL) as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual([...API_NAMES].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('forwards one argument to the call\'s own channel and returns main\'s answer', async () => {
    const bridge = exposed.get(BRIDGE_GLOBAL) as Record<string, (input: unknown) => Promise<unknown>>;
    await expect(bridge.updateSession?.({ firstName: 'Ana' })).resolves.toEqual({ ok: true, value: 'answer' });
    expect(invoke).toHaveBeenCalledWith(channelOf('updateSession'), { firstName: 'Ana' });
  });

  it('hands the page no ipcRenderer, process or require', () => {
    const bridge = exposed.get(BRIDGE_GLOBAL) as Record<string, unknown>;
    for (const forbidden of ['ipcRenderer', 'process', 'require', 'send', 'on']) expect(bridge).not.toHaveProperty(forbidden);
  });
});
