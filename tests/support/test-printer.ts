import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * A real CUPS queue with a virtual PDF printer (Debian's printer-driver-cups-pdf), set up by .ci/run:
 * GTC_TEST_PRINTER names the queue and GTC_TEST_PRINTER_OUT the folder its "paper" lands in. Without them the
 * tests that need it are skipped, and say why.
 */
export const TEST_PRINTER = process.env.GTC_TEST_PRINTER ?? '';
export const TEST_PRINTER_OUT = process.env.GTC_TEST_PRINTER_OUT ?? '';
export const NO_TEST_PRINTER =
  'no CUPS test queue: set GTC_TEST_PRINTER and GTC_TEST_PRINTER_OUT (.ci/run sets up cups-pdf)';

/** PDFs in the printer's folder written since `since` (cups-pdf names them after the job title, so it may reuse a name). */
function printedSince(since: number): string[] {
  if (!existsSync(TEST_PRINTER_OUT)) return [];
  return readdirSync(TEST_PRINTER_OUT).filter(
    (name) => name.endsWith('.pdf') && statSync(path.join(TEST_PRINTER_OUT, name)).mtimeMs >= since,
  );
}

/** Call before printing; the answer waits for the file the printer writes after that, whole. */
export function nextPrintout(timeoutMs = 60_000): () => Promise<string> {
  // File times have coarse resolution on some file systems: a little slack, and nothing printed just before.
  const since = Date.now() - 1000;
  return async () => {
    const deadline = Date.now() + timeoutMs;
    let last = { name: '', size: -1 };
    while (Date.now() < deadline) {
      const [name] = printedSince(since);
      if (name) {
        const size = statSync(path.join(TEST_PRINTER_OUT, name)).size;
        // cups-pdf writes the file in place: it is whole once its size stops changing.
        if (name === last.name && size === last.size && size > 0)
          return path.join(TEST_PRINTER_OUT, name);
        last = { name, size };
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`Nothing was printed to ${TEST_PRINTER_OUT} within ${timeoutMs / 1000} s`);
  };
}
