import { contextBridge, ipcRenderer } from 'electron';
import type { BridgeApi } from '@shared/contract/api-contract';
import { BRIDGE_GLOBAL } from '@shared/contract/bridge-global';
// The names alone: the contract itself would build every call's schema before the page starts.
import { API_NAMES, channelOf } from '@shared/contract/call-names';

/**
 * Exposes exactly the contract's calls, each forwarding its one argument to main over its own channel.
 * No ipcRenderer, no event objects and no Node globals reach the page.
 */
export function buildBridge(
  invoke: (channel: string, input: unknown) => Promise<unknown>,
): BridgeApi {
  return Object.fromEntries(
    API_NAMES.map((name) => [name, (input: unknown) => invoke(channelOf(name), input)]),
  ) as BridgeApi;
}

contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  buildBridge((channel, input) => ipcRenderer.invoke(channel, input)),
);
