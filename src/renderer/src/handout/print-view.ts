import type { HandoutPreview } from '@shared/schemas/handout-preview';
import { bytesFromBase64, drawPage, openPdf } from './pdf-pages';

/** 200 dots per inch: sharp text on paper, at about 15 MB of canvas per page while printing. */
const PRINT_PIXELS_PER_POINT = 200 / 72;

/**
 * Draws every page of the handout's PDF into a print-only layer outside the app (hidden on screen, the only
 * thing shown when printing), so the printer gets the PDF's pages and not the app's screens. Returns a
 * function that removes the layer again.
 */
export async function preparePrintView(preview: HandoutPreview): Promise<() => void> {
  const layer = document.createElement('div');
  layer.className = `print-pages paper-${preview.paper}`;
  layer.setAttribute('aria-hidden', 'true');
  document.body.append(layer);
  const { pdf, close } = await openPdf(bytesFromBase64(preview.pdfBase64));
  try {
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const sheet = document.createElement('div');
      sheet.className = 'print-page';
      const canvas = document.createElement('canvas');
      sheet.append(canvas);
      layer.append(sheet);
      await drawPage(pdf, n, canvas, () => PRINT_PIXELS_PER_POINT);
    }
  } catch (error) {
    layer.remove();
    throw error;
  } finally {
    void close();
  }
  return () => layer.remove();
}
