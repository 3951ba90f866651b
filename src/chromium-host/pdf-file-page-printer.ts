import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { PagePrinter } from '../main/platform/page-printer';

/**
 * Stands in for Electron's webContents.print where there is no Electron: prints the page's print view
 * through Chromium's own printing into a PDF file in `folder` (print-N.pdf), which tests then compare with
 * the handout's PDF. Chromium prints to a file only when headless; a visible window says so instead.
 */
export function pdfFilePagePrinter(
  folder: string,
  announce: (printedPath: string) => void = () => {},
) {
  let page: Page | null = null;
  const printer: PagePrinter & { attach(page: Page): void } = {
    attach(next) {
      page = next;
    },
    async print({ paper, silent, printer: name }) {
      if (!page)
        return { outcome: 'failed', reason: 'printer-refused', detail: 'No page is open.' };
      let file = path.join(folder, 'print-1.pdf');
      for (let n = 2; existsSync(file); n += 1) file = path.join(folder, `print-${n}.pdf`);
      try {
        await page.pdf({
          path: file,
          format: paper === 'a4' ? 'A4' : 'Letter',
          preferCSSPageSize: true,
          margin: { top: '0', right: '0', bottom: '0', left: '0' },
        });
      } catch (error) {
        return {
          outcome: 'failed',
          reason: 'printer-refused',
          detail: `Printing from this Chromium window is not possible (${(error as Error).message.split('\n')[0] ?? ''}); the Electron app prints.`,
        };
      }
      announce(file);
      return { outcome: 'printed', printer: silent ? name : '' };
    },
    listPrinters: async () => [],
  };
  return printer;
}
