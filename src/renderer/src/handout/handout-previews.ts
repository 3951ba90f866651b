import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { HandoutPreview } from '@shared/schemas/handout-preview';
import { call } from '../api/client';
import { bytesFromBase64, drawPage, openPdf, screenPixelsPerPoint } from './pdf-pages';
import { createPreviewSource, type PreparedPreview } from './preview-source';

/** A handout opened by pdf.js, its first page drawn at once, at the size the screen shows it, on a canvas not yet shown. */
export interface OpenedHandout {
  pdf: PDFDocumentProxy;
  firstPage: Promise<HTMLCanvasElement>;
  close: () => Promise<void>;
}
export type PreparedHandout = PreparedPreview<OpenedHandout>;

async function openHandout(preview: HandoutPreview): Promise<OpenedHandout> {
  const { pdf, close } = await openPdf(bytesFromBase64(preview.pdfBase64));
  const canvas = document.createElement('canvas');
  const firstPage = drawPage(pdf, 1, canvas, screenPixelsPerPoint).then(() => canvas);
  // A failure is the preview's to show; a handout closed before it was shown was never drawn.
  firstPage.catch(() => undefined);
  return { pdf, firstPage, close };
}

/** The app's handout previews: made by main, opened by pdf.js, which draws the first page at once. */
export const handoutPreviews = createPreviewSource<OpenedHandout>({
  make: (options) => call('previewHandout', options),
  open: openHandout,
  close: (opened) => void opened.close(),
});
