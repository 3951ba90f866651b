import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { HandoutContent } from '../../src/main/handout/handout-content';
import { handoutBody, handoutHtml } from './handout-html';

/** Stand-ins for the page numbers in the footer text, swapped for Chromium's own page-number fields. */
const PAGE = 9001;
const PAGES = 9002;
const escape = (text: string) => text.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The footer of every page, as Chromium's footer template: the same text as ours, page numbers filled in by Chromium. */
function footerTemplate(content: HandoutContent): string {
  const text = escape(content.footer(PAGE, PAGES))
    .replace(String(PAGE), '<span class="pageNumber"></span>')
    .replace(String(PAGES), '<span class="totalPages"></span>');
  return `<div dir="${content.direction}" style="font-size: 8pt; width: 100%; margin: 0 0.75in;">${text}</div>`;
}

/**
 * Chromium printing the handout in a tab that is already open, fonts loaded, as an app that prints from its own
 * window does: `print` prints what is there; `replaceText` first puts another handout's text into the same page.
 */
export interface ChromiumTab {
  print(): Promise<Uint8Array>;
  replaceText(content: HandoutContent): Promise<void>;
  close(): Promise<void>;
}

export async function openChromiumTab(
  browser: Browser,
  content: HandoutContent,
  fontsDir: string,
): Promise<ChromiumTab> {
  const folder = mkdtempSync(path.join(tmpdir(), 'gtc-bench-html-'));
  const file = path.join(folder, 'handout.html');
  writeFileSync(file, handoutHtml(content, fontsDir));
  const page: Page = await browser.newPage();
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await page.evaluate('document.fonts.ready');
  let current = content;
  return {
    print: async () =>
      page.pdf({
        format: 'Letter',
        tagged: true,
        margin: { top: '0.75in', bottom: '0.75in', left: '0.75in', right: '0.75in' },
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footerTemplate(current),
      }),
    async replaceText(next) {
      current = next;
      await page.evaluate(
        `document.body.innerHTML = ${JSON.stringify(handoutBody(next))}; document.fonts.ready.then(() => true)`,
      );
    },
    async close() {
      await page.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
