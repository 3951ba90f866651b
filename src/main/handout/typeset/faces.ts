import { createHash } from 'node:crypto';
import type { PDFDocument } from 'pdf-lib';
import { CidFont } from '../fonts/cid-font';
import { FONT_FILES, readFontFile, type FontWeight } from '../fonts/font-files';
import { shapingFont } from '../fonts/shaping-font';

/** One embedded font and the question the typesetter asks of it. */
export interface Face {
  pdf: CidFont;
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
 * Prepares every handout font for the document (subset, so only used glyphs are stored; a font that draws
 * nothing is not written). A file in both chains is embedded once.
 */
export async function embedFaces(doc: PDFDocument, fontsDir: string): Promise<FaceChains> {
  const embedded = new Map<string, Promise<CidFont>>();
  const embed = async (name: string) => {
    // Keys in the order the files are first named, so the same handout gives the same bytes.
    const key = `F${embedded.size}`;
    const shaping = await shapingFont(readFontFile(fontsDir, name));
    return new CidFont(doc, shaping, subsetName(name, shaping.tables.postscriptName), key);
  };
  const chain = async (weight: FontWeight) =>
    Promise.all(
      FONT_FILES[weight].map(async (name): Promise<Face> => {
        if (!embedded.has(name)) embedded.set(name, embed(name));
        const pdf = await (embedded.get(name) as Promise<CidFont>);
        return { pdf, has: (codePoint) => pdf.shaping.has(codePoint), fauxBold: weight === 'bold' && FONT_FILES.regular.includes(name) };
      }),
    );
  return { regular: await chain('regular'), bold: await chain('bold') };
}
