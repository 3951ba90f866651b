import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { makeHandout } from '../../../../src/main/handout/make-handout';
import { cupsSpooler } from '../../../../src/main/printing/cups-spooler';
import { DEFAULT_CLINIC_SETTINGS } from '@shared/schemas/clinic-settings';
import { handoutDeps, patientWith } from '../../../support/handout-fixtures';
import { comparePrintout } from '../../../support/page-images';
import { makeTempDir } from '../../../support/temp-dir';
import { NO_TEST_PRINTER, nextPrintout, TEST_PRINTER } from '../../../support/test-printer';

const protocol = loadProtocolFolder(path.resolve('resources/protocols')).find(
  (p) => p.id === 'example-car-t',
);

describe.skipIf(TEST_PRINTER === '')(
  `printing to a real CUPS queue (${TEST_PRINTER || NO_TEST_PRINTER})`,
  () => {
    it('lists the queue, and what comes out of the printer is the handout, page for page', async () => {
      const spooler = cupsSpooler();
      expect(await spooler.listPrinters()).toContain(TEST_PRINTER);
      const rendered = await makeHandout(
        {
          protocol: protocol!,
          patient: patientWith({ firstName: 'Zoë' }),
          language: 'en',
          clinic: DEFAULT_CLINIC_SETTINGS,
          paper: 'letter',
          largePrint: false,
          preparedAt: new Date('2026-12-01T10:00:00Z'),
        },
        handoutDeps,
      );
      const printout = nextPrintout();
      expect(
        await spooler.print(rendered.bytes, { printer: TEST_PRINTER, paper: 'letter' }),
      ).toEqual({ outcome: 'printed', printer: TEST_PRINTER });
      const { dir, cleanup } = makeTempDir();
      try {
        const original = path.join(dir, 'handout.pdf');
        writeFileSync(original, rendered.bytes);
        const comparison = comparePrintout(await printout(), original);
        expect(comparison.mismatched).toEqual([]);
        expect(comparison.printedPages).toBe(comparison.originalPages);
      } finally {
        cleanup();
      }
    }, 90_000);
  },
);
