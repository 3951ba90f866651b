import { describe, expect, it, vi } from 'vitest';
import { API_NAMES, channelOf } from '@shared/contract/api-contract';
import {
  registerIpc,
  type InvokeEventLike,
  type IpcMainLike,
} from '../../../../src/main/ipc/register-ipc';

function fakeIpcMain() {
  const handlers = new Map<
    string,
    (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>
  >();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => void handlers.set(channel, listener),
  };
  return { ipcMain, handlers };
}

describe('registerIpc', () => {
  it('registers exactly one channel per contract entry and nothing else', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    registerIpc(ipcMain, vi.fn());
    expect([...handlers.keys()].sort()).toEqual(API_NAMES.map(channelOf).sort());
  });

  it('passes the sender frame and all arguments to the dispatcher', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const invoke = vi.fn(async () => ({ ok: true as const, value: null }));
    registerIpc(ipcMain, invoke);
    await handlers.get(channelOf('updateSession'))?.(
      { senderFrame: { url: 'app://gtc/index.html', parent: null } },
      { firstName: 'A' },
      'extra',
    );
    expect(invoke).toHaveBeenCalledWith('updateSession', [{ firstName: 'A' }, 'extra'], {
      url: 'app://gtc/index.html',
      isMainFrame: true,
    });
  });

  it('describes sub-frames and vanished frames as untrusted', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const invoke = vi.fn(async () => ({ ok: true as const, value: null }));
    registerIpc(ipcMain, invoke);
    const handler = handlers.get(channelOf('getSession'));
    await handler?.({ senderFrame: { url: 'app://gtc/index.html', parent: {} } });
    await handler?.({ senderFrame: null });
    expect(invoke.mock.calls.map((call) => (call as unknown[])[2])).toEqual([
      { url: 'app://gtc/index.html', isMainFrame: false },
      { url: '', isMainFrame: false },
    ]);
  });
});
