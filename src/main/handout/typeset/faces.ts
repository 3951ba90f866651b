import type { PDFDocument, PDFFont } from 'pdf-lib';
import { fontkitForPdfLib } from '../fonts/fontkit-adapter';
import { FONT_FILES, readFontFile, type FontWeight } from '../fonts/font-files';

/** One embedded font and the question the typesetter asks of it. */
export interface Face {
  pdf: PDFFont;
  has(codePoint: number): boolean;
}

export type FaceChains = Record<FontWeight, Face[]>;

/** Embeds every handout font into the document (subset, so only used glyphs are stored). */
export async function embedFaces(doc: PDFDocument, fontsDir: string): Promise<FaceChains> {
  // pdf-lib types its fontkit parameter after the old fork; the adapter provides what pdf-lib calls.
  doc.registerFontkit(fontkitForPdfLib as unknown as Parameters<PDFDocument['registerFontkit']>[0]);
  const chain = async (files: readonly string[]) =>
    Promise.all(
      files.map(async (name) => {
        const bytes = readFontFile(fontsDir, name);
        const parsed = fontkitForPdfLib.create(bytes);
        const pdf = await doc.embedFont(bytes, { subset: true });
        return { pdf, has: (codePoint: number) => parsed.hasGlyphForCodePoint(codePoint) };
      }),
    );
  return { regular: await chain(FONT_FILES.regular), bold: await chain(FONT_FILES.bold) };
}
