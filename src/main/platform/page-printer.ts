import type { PrintResult } from '@shared/schemas/print-result';
import type { Paper } from '@shared/schemas/paper';

export interface PagePrintRequest {
  paper: Paper;
  /** Print without a dialog, to `printer` (a system printer name; empty for the default printer). */
  silent: boolean;
  printer: string;
}

/**
 * Prints what the app's window shows in its print view: the handout's PDF pages, drawn by the renderer. In
 * Electron that is `webContents.print`, which opens the system print dialog unless silent; the Chromium host
 * prints the page to a PDF file instead.
 */
export interface PagePrinter {
  print(request: PagePrintRequest): Promise<PrintResult>;
  /** System names of the printers this computer can print to. */
  listPrinters(): Promise<string[]>;
}
