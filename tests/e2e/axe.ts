import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core on the page for WCAG 2.2 A and AA. axe is evaluated through the DevTools protocol, which the
 * page's CSP does not govern, so the app's policy stays as strict as shipped.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Once per page: the source is half a megabyte, and a test scans each step.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{
            violations: Array<{
              id: string;
              impact: string | null;
              help: string;
              nodes: Array<{ target: string[] }>;
            }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      // Only violations are read: axe then lists every node that fails and stops collecting those that pass, a
      // fifth less of a scan's time on a long page at 200% text. The rules run and what fails are the same.
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.flatMap((n) => n.target),
    }));
  });
}

/**
 * axe waits on the page's timers between its checks, so where a test has stopped the page's clock, the clock is
 * moved on a millisecond at a time while axe works: never more than half a second in all, so what the test reads
 * afterwards (a countdown) does not depend on how fast the machine scanned.
 */
export async function axeViolationsWithStoppedClock(page: Page): Promise<AxeViolation[]> {
  // Set when the scan ends: asserted, so the loop's check is not narrowed to this first false.
  let done = false as boolean;
  const scan = axeViolations(page).finally(() => (done = true));
  for (let moved = 0; !done; moved += 1) {
    if (moved >= 500) throw new Error('axe needed more than half a second of page time');
    await page.clock.runFor(1);
  }
  return scan;
}
