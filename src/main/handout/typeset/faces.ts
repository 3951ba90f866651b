import { createHash } from 'node:crypto';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { fontkitForPdfLib } from '../fonts/fontkit-adapter';
import { FONT_FILES, readFontFile, type FontWeight } from '../fonts/font-files';

/** One embedded font and the question the typesetter asks of it. */
export interface Face {
  pdf: PDFFont;
  has(codePoint: number): boolean;
  /** A regular font standing in for a missing bold one: drawn with a thin outline so it still looks bold. */
  fauxBold: boolean;
}

export type FaceChains = Record<FontWeight, Face[]>;

/**
 * A subset font is named "ABCDEF+Name" (ISO 32000-1, 9.6.4), which checkers and printers use to tell it from
 * the whole font. The tag comes from the file name, so the same handout always gives the same file.
 */
function subsetName(file: string, postscriptName: string): string {
  const digest = createHash('sha256').update(file).digest();
  const tag = Array.from(digest.subarray(0, 6), (byte) => String.fromCharCode(65 + (byte % 26))).join('');
  return `${tag}+${postscriptName}`;
}

/**
 * Embeds every handout font into the document (subset, so only used glyphs are stored). A file in both
 * chains is embedded once.
 */
export async function embedFaces(doc: PDFDocument, fontsDir: string): Promise<FaceChains> {
  // pdf-lib types its fontkit parameter after the old fork; the adapter provides what pdf-lib calls.
  doc.registerFontkit(fontkitForPdfLib as unknown as Parameters<PDFDocument['registerFontkit']>[0]);
  const embedded = new Map<string, Promise<PDFFont>>();
  const chain = async (weight: FontWeight) =>
    Promise.all(
      FONT_FILES[weight].map(async (name): Promise<Face> => {
        const bytes = readFontFile(fontsDir, name);
        const parsed = fontkitForPdfLib.create(bytes);
        if (!embedded.has(name)) embedded.set(name, doc.embedFont(bytes, { subset: true, customName: subsetName(name, parsed.postscriptName) }));
        const pdf = await (embedded.get(name) as Promise<PDFFont>);
        return { pdf, has: (codePoint) => parsed.hasGlyphForCodePoint(codePoint), fauxBold: weight === 'bold' && FONT_FILES.regular.includes(name) };
      }),
    );
  return { regular: await chain('regular'), bold: await chain('bold') };
}
