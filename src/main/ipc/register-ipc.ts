import { API_NAMES, channelOf } from '@shared/contract/api-contract';
import type { Invoke } from './dispatcher';

/** The parts of Electron's ipcMain and invoke event that registration needs; kept small so tests can fake them. */
export interface InvokeEventLike {
  senderFrame: { url: string; parent: unknown } | null;
}
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>,
  ): void;
}

/** One handler per contract entry, each going through the dispatcher's sender and argument checks. */
export function registerIpc(ipcMain: IpcMainLike, invoke: Invoke): void {
  for (const name of API_NAMES) {
    ipcMain.handle(channelOf(name), (event, ...args) => {
      const frame = event.senderFrame;
      // A frame that has gone away (navigated, destroyed) is not the app's page any more.
      const sender = frame
        ? { url: frame.url, isMainFrame: frame.parent === null }
        : { url: '', isMainFrame: false };
      return invoke(name, args, sender);
    });
  }
}
