import { describe, expect, it } from 'vitest';
import type { PagePrinter, PagePrintRequest } from '../../../../src/main/platform/page-printer';
import type { CupsSpooler } from '../../../../src/main/printing/cups-spooler';
import { createHandoutPrinter, printRoute } from '../../../../src/main/printing/handout-printer';
import { DEFAULT_CLINIC_SETTINGS, type ClinicSettings } from '@shared/schemas/clinic-settings';

function recorders() {
  const pages: PagePrintRequest[] = [];
  const spooled: Array<{ pdf: Uint8Array; printer: string; paper: string }> = [];
  const pagePrinter: PagePrinter = {
    print: async (request) => {
      pages.push(request);
      return { outcome: 'printed', printer: request.printer };
    },
    listPrinters: async () => ['Windows Printer'],
  };
  const spooler: CupsSpooler = {
    print: async (pdf, request) => {
      spooled.push({ pdf, ...request });
      return { outcome: 'printed', printer: request.printer };
    },
    listPrinters: async () => ['cups_printer'],
  };
  return { pages, spooled, pagePrinter, spooler };
}

const kiosk: ClinicSettings = {
  ...DEFAULT_CLINIC_SETTINGS,
  mode: 'kiosk',
  printer: 'Front_Desk',
  paperSize: 'a4',
};
const pdf = async () => new Uint8Array([1, 2, 3]);

describe('how a handout reaches paper', () => {
  it('opens the print dialog at home on every system', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const)
      expect(printRoute('home', platform)).toBe('dialog');
  });

  it('prints silently in a kiosk: the PDF through CUPS on Linux and macOS, the drawn pages on Windows', () => {
    expect(printRoute('kiosk', 'linux')).toBe('spooler');
    expect(printRoute('kiosk', 'darwin')).toBe('spooler');
    expect(printRoute('kiosk', 'win32')).toBe('silent-page');
  });

  it('at home asks the page printer for the dialog, on the clinic paper, and makes no PDF for it', async () => {
    const r = recorders();
    let made = 0;
    await createHandoutPrinter({
      platform: 'linux',
      pagePrinter: r.pagePrinter,
      spooler: r.spooler,
    }).print({ ...kiosk, mode: 'home' }, async () => {
      made += 1;
      return pdf();
    });
    expect(r.pages).toEqual([{ paper: 'a4', silent: false, printer: 'Front_Desk' }]);
    expect(r.spooled).toEqual([]);
    expect(made).toBe(0);
  });

  it("in a Linux kiosk spools the handout's PDF to the clinic's printer", async () => {
    const r = recorders();
    await createHandoutPrinter({
      platform: 'linux',
      pagePrinter: r.pagePrinter,
      spooler: r.spooler,
    }).print(kiosk, pdf);
    expect(r.spooled).toEqual([
      { pdf: new Uint8Array([1, 2, 3]), printer: 'Front_Desk', paper: 'a4' },
    ]);
    expect(r.pages).toEqual([]);
  });

  it("in a Windows kiosk prints the drawn pages silently to the clinic's printer", async () => {
    const r = recorders();
    await createHandoutPrinter({
      platform: 'win32',
      pagePrinter: r.pagePrinter,
      spooler: r.spooler,
    }).print(kiosk, pdf);
    expect(r.pages).toEqual([{ paper: 'a4', silent: true, printer: 'Front_Desk' }]);
  });

  it('lists printers by the names the route that prints to them uses', async () => {
    const r = recorders();
    expect(
      await createHandoutPrinter({
        platform: 'linux',
        pagePrinter: r.pagePrinter,
        spooler: r.spooler,
      }).listPrinters(),
    ).toEqual(['cups_printer']);
    expect(
      await createHandoutPrinter({
        platform: 'win32',
        pagePrinter: r.pagePrinter,
        spooler: r.spooler,
      }).listPrinters(),
    ).toEqual(['Windows Printer']);
  });
});
