import { describe, expect, it } from 'vitest';
import { electronPagePrinter } from '../../../../src/main/platform/electron-page-printer';

/** Electron's BrowserWindow, named without importing electron (tests never do). */
type AppWindow = NonNullable<ReturnType<Parameters<typeof electronPagePrinter>[0]>>;

/** A window whose webContents.print answers as Electron would, recording the options it was given. */
function windowAnswering(success: boolean, failureReason: string) {
  const calls: unknown[] = [];
  const window = {
    webContents: {
      print: (options: unknown, callback: (success: boolean, reason: string) => void) => {
        calls.push(options);
        callback(success, failureReason);
      },
      getPrintersAsync: async () => [{ name: 'Front_Desk' }, { name: 'Back Office' }],
    },
  } as unknown as AppWindow;
  return { window, calls };
}

describe("printing the window's print view with Electron", () => {
  it('opens the system dialog at home, on the handout paper with no margins', async () => {
    const { window, calls } = windowAnswering(true, '');
    expect(
      await electronPagePrinter(() => window).print({
        paper: 'a4',
        silent: false,
        printer: 'Front_Desk',
      }),
    ).toEqual({ outcome: 'printed', printer: '' });
    expect(calls).toEqual([
      { silent: false, printBackground: false, pageSize: 'A4', margins: { marginType: 'none' } },
    ]);
  });

  it("prints silently to the clinic's printer in a kiosk, or to the default one when none is set", async () => {
    const { window, calls } = windowAnswering(true, '');
    const printer = electronPagePrinter(() => window);
    expect(await printer.print({ paper: 'letter', silent: true, printer: 'Front_Desk' })).toEqual({
      outcome: 'printed',
      printer: 'Front_Desk',
    });
    await printer.print({ paper: 'letter', silent: true, printer: '' });
    expect(calls).toEqual([
      {
        silent: true,
        deviceName: 'Front_Desk',
        printBackground: false,
        pageSize: 'Letter',
        margins: { marginType: 'none' },
      },
      { silent: true, printBackground: false, pageSize: 'Letter', margins: { marginType: 'none' } },
    ]);
  });

  it('tells a closed dialog from a failure', async () => {
    expect(
      await electronPagePrinter(() => windowAnswering(false, 'Print job canceled').window).print({
        paper: 'letter',
        silent: false,
        printer: '',
      }),
    ).toEqual({ outcome: 'cancelled' });
    expect(
      await electronPagePrinter(() => windowAnswering(false, 'Print job failed').window).print({
        paper: 'letter',
        silent: true,
        printer: 'X',
      }),
    ).toEqual({ outcome: 'failed', reason: 'printer-refused', detail: 'Print job failed' });
    expect(
      await electronPagePrinter(() => null).print({ paper: 'letter', silent: false, printer: '' }),
    ).toMatchObject({ outcome: 'failed' });
  });

  it("lists the system's printers by their system names", async () => {
    expect(
      await electronPagePrinter(() => windowAnswering(true, '').window).listPrinters(),
    ).toEqual(['Front_Desk', 'Back Office']);
  });
});
