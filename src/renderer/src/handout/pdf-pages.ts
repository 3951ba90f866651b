import type { PDFDocumentProxy, PDFWorker } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import rendererUrl from 'pdfjs-dist/build/pdf.renderer.min.mjs?url';

/** Canvas pixels for each pixel of the screen: sharp on high-density screens without drawing huge canvases. */
const MAX_SCREEN_DENSITY = 2;

/** The widest a preview page is shown, in rem (styles.css, .preview-page). */
const PREVIEW_PAGE_REM = 40;

interface Pdfjs {
  lib: typeof import('pdfjs-dist');
  /** The worker that parses every handout, started once: starting one for each preview was most of its time. */
  worker: PDFWorker;
}
let loading: Promise<Pdfjs> | null = null;

/**
 * pdf.js, loaded the first time a handout is drawn: it is half of the app's script, and every start (each patient
 * on a kiosk) would otherwise parse it before the first screen. It parses in one worker and draws in another
 * (OffscreenCanvas), both served from the app's own files (CSP worker-src 'self') and kept for the next handout, so
 * drawing a page never holds up the person's typing or clicks; where a worker cannot draw, pdf.js draws on the page
 * itself (a second handout open at once, the print view, gets a drawing worker of its own for as long as it is open).
 */
function pdfjs(): Promise<Pdfjs> {
  if (!loading) {
    loading = import('pdfjs-dist').then((lib) => {
      lib.GlobalWorkerOptions.workerSrc = workerUrl;
      lib.GlobalWorkerOptions.rendererSrc = rendererUrl;
      lib.GlobalWorkerOptions.rendererPorts = [new Worker(rendererUrl, { type: 'module' })];
      return { lib, worker: new lib.PDFWorker() };
    });
    // A failed load is tried again with the next handout rather than remembered.
    loading.catch(() => (loading = null));
  }
  return loading;
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
 * `close` ends the workers' copy of the document; the workers stay for the next one.
 */
export async function openPdf(
  bytes: Uint8Array,
): Promise<{ pdf: PDFDocumentProxy; close: () => Promise<void> }> {
  const { lib, worker } = await pdfjs();
  const task = lib.getDocument({
    data: bytes,
    worker,
    disableFontFace: true,
    useSystemFonts: false,
    useWasm: false,
    stopAtErrors: true,
  });
  return { pdf: await task.promise, close: () => task.destroy() };
}

/** Canvas pixels per PDF point for a page shown on this screen: as wide as the preview shows it, no wider. */
export function screenPixelsPerPoint(pageWidth: number): number {
  const shownWidth =
    PREVIEW_PAGE_REM * parseFloat(getComputedStyle(document.documentElement).fontSize);
  return (shownWidth * Math.min(window.devicePixelRatio, MAX_SCREEN_DENSITY)) / pageWidth;
}

/** Draws one page (numbered from 1) on `canvas`, at the canvas pixels per PDF point `pixelsPerPoint` gives for the page's width. */
export async function drawPage(
  pdf: PDFDocumentProxy,
  pageNumber: number,
  canvas: HTMLCanvasElement,
  pixelsPerPoint: (pageWidth: number) => number,
): Promise<void> {
  const page = await pdf.getPage(pageNumber);
  const viewport = page.getViewport({
    scale: pixelsPerPoint(page.getViewport({ scale: 1 }).width),
  });
  canvas.width = Math.floor(viewport.width);
  canvas.height = Math.floor(viewport.height);
  await page.render({ canvas, viewport }).promise;
}
