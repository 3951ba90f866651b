import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { HandoutPreview } from '../../../shared/schemas/handout-preview';
import { call } from '../api/client';
import { bytesFromBase64, drawPage, openPdf, screenPixelsPerPoint } from './pdf-pages';
import { createPreviewSource, type PreparedPreview } from './preview-source';

/** A handout opened by pdf.js, its first page already drawn, at the size the screen shows it, on a canvas not yet shown. */
export interface OpenedHandout {
  pdf: PDFDocumentProxy;
  firstPage: HTMLCanvasElement;
  close: () => Promise<void>;
}
export type PreparedHandout = PreparedPreview<OpenedHandout>;

async function openHandout(preview: HandoutPreview): Promise<OpenedHandout> {
  const { pdf, close } = await openPdf(bytesFromBase64(preview.pdfBase64));
  try {
    const firstPage = document.createElement('canvas');
    await drawPage(pdf, 1, firstPage, screenPixelsPerPoint);
    return { pdf, firstPage, close };
  } catch (error) {
    void close();
    throw error;
  }
}

/** The app's handout previews: made by main, opened and the first page drawn by pdf.js, before they are shown. */
export const handoutPreviews = createPreviewSource<OpenedHandout>({
  make: (largePrint) => call('previewHandout', { largePrint }),
  open: openHandout,
  close: (opened) => void opened.close(),
});
