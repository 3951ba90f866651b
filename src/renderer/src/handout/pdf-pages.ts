import type { PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import rendererUrl from 'pdfjs-dist/build/pdf.renderer.min.mjs?url';

/**
 * pdf.js, loaded the first time a handout is drawn: it is half of the app's script, and every start (each patient
 * on a kiosk) would otherwise parse it before the first screen. It parses in one worker and draws in another
 * (OffscreenCanvas), both served from the app's own files (CSP worker-src 'self'), so drawing a page never holds
 * up the person's typing or clicks; where a worker cannot draw, pdf.js draws on the page itself.
 */
async function pdfjs(): Promise<typeof import('pdfjs-dist')> {
  const lib = await import('pdfjs-dist');
  lib.GlobalWorkerOptions.workerSrc = workerUrl;
  lib.GlobalWorkerOptions.rendererSrc = rendererUrl;
  return lib;
}

export function bytesFromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Opens the handout's PDF with pdf.js, so what the patient sees and what is printed are the PDF's own pages.
 * Glyphs are drawn from the embedded fonts as outlines (no FontFace, no system fonts), and nothing is fetched.
 * `close` ends the worker's copy of the document.
 */
export async function openPdf(bytes: Uint8Array): Promise<{ pdf: PDFDocumentProxy; close: () => Promise<void> }> {
  const { getDocument } = await pdfjs();
  const task = getDocument({ data: bytes, disableFontFace: true, useSystemFonts: false, useWasm: false, stopAtErrors: true });
  return { pdf: await task.promise, close: () => task.destroy() };
}

/** Draws one page (numbered from 1) on `canvas` at `pixelsPerPoint` canvas pixels per PDF point. */
export async function drawPage(pdf: PDFDocumentProxy, pageNumber: number, canvas: HTMLCanvasElement, pixelsPerPoint: number): Promise<void> {
  const page = await pdf.getPage(pageNumber);
  const viewport = page.getViewport({ scale: pixelsPerPoint });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  await page.render({ canvas, viewport }).promise;
}
