import type { BrowserWindow } from 'electron';
import type { PrintResult } from '@shared/schemas/print-result';
import type { PagePrinter } from './page-printer';

/** Electron's words for a print dialog the person closed; every other failure reason is a real failure. */
const CANCELLED = new Set(['cancelled', 'canceled', 'Print job canceled', 'Print job cancelled']);

export function electronPagePrinter(window: () => BrowserWindow | null): PagePrinter {
  return {
    print: ({ paper, silent, printer }) =>
      new Promise<PrintResult>((resolve) => {
        const contents = window()?.webContents;
        if (!contents) {
          resolve({
            outcome: 'failed',
            reason: 'printer-refused',
            detail: 'The app window is closed.',
          });
          return;
        }
        contents.print(
          {
            silent,
            ...(silent && printer ? { deviceName: printer } : {}),
            printBackground: false,
            pageSize: paper === 'a4' ? 'A4' : 'Letter',
            margins: { marginType: 'none' },
          },
          (success, failureReason) => {
            if (success) resolve({ outcome: 'printed', printer: silent ? printer : '' });
            else if (CANCELLED.has(failureReason)) resolve({ outcome: 'cancelled' });
            else resolve({ outcome: 'failed', reason: 'printer-refused', detail: failureReason });
          },
        );
      }),
    listPrinters: async () =>
      (await window()?.webContents.getPrintersAsync())?.map((printer) => printer.name) ?? [],
  };
}
