import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

/** The handout's PDF as main makes it for this session, fetched through the page's own bridge. */
export async function handoutPdf(page: Page, file: string): Promise<string> {
  const base64 = await page.evaluate(async () => {
    const answer = await (
      window as unknown as {
        gtc: {
          previewHandout(input: {
            largePrint: boolean;
          }): Promise<{ ok: boolean; value: { pdfBase64: string } }>;
        };
      }
    ).gtc.previewHandout({ largePrint: false });
    return answer.value.pdfBase64;
  });
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return file;
}
