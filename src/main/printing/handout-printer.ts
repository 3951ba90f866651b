import type { ClinicSettings } from '@shared/schemas/clinic-settings';
import type { PrintResult } from '@shared/schemas/print-result';
import type { PagePrinter } from '../platform/page-printer';
import type { CupsSpooler } from './cups-spooler';

/**
 * How a handout reaches paper. At home: the system print dialog, printing the PDF's pages as the renderer drew
 * them. In a kiosk: silently, to the clinic's printer, through CUPS with the PDF itself where there is CUPS
 * (Linux, macOS), and through Electron's silent printing of the same drawn pages on Windows.
 */
export type PrintRoute = 'dialog' | 'silent-page' | 'spooler';

export function printRoute(mode: ClinicSettings['mode'], platform: NodeJS.Platform): PrintRoute {
  if (mode === 'home') return 'dialog';
  return platform === 'win32' ? 'silent-page' : 'spooler';
}

export interface HandoutPrinterDeps {
  platform: NodeJS.Platform;
  pagePrinter: PagePrinter;
  spooler: CupsSpooler;
}

export function createHandoutPrinter({ platform, pagePrinter, spooler }: HandoutPrinterDeps) {
  return {
    /** `pdf` makes the handout's file; only the spooler needs it, the other routes print the drawn pages. */
    async print(clinic: ClinicSettings, pdf: () => Promise<Uint8Array>): Promise<PrintResult> {
      const route = printRoute(clinic.mode, platform);
      if (route === 'spooler')
        return spooler.print(await pdf(), { printer: clinic.printer, paper: clinic.paperSize });
      return pagePrinter.print({
        paper: clinic.paperSize,
        silent: route === 'silent-page',
        printer: clinic.printer,
      });
    },
    /** The printers staff can choose for the kiosk, named as the route that will print to them knows them. */
    listPrinters: (): Promise<string[]> =>
      platform === 'win32' ? pagePrinter.listPrinters() : spooler.listPrinters(),
  };
}
export type HandoutPrinter = ReturnType<typeof createHandoutPrinter>;
