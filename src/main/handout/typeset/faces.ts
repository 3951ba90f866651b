import { createHash } from 'node:crypto';
import { CustomFontSubsetEmbedder, PDFDict, PDFFont, PDFName, type PDFDocument } from 'pdf-lib';
import { fontkitForPdfLib } from '../fonts/fontkit-adapter';
import { FONT_FILES, readFontFile, type FontWeight } from '../fonts/font-files';

/** One embedded font and the question the typesetter asks of it. */
export interface Face {
  /** The font in the document, made on first use; written into the file only if a page draws with it. */
  readonly pdf: PDFFont;
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

/** Fonts given to each document's faces, in the order first used; embedFontsDrawnWith() writes those drawn with. */
const fontsOf = new WeakMap<PDFDocument, PDFFont[]>();

/**
 * Gives the document a face for every handout font. A font enters the document when first used, and only fonts
 * a page draws with are written (embedFontsDrawnWith): an English handout carried seven empty subsets of the
 * Arabic, Hebrew, Devanagari and CJK fonts before. A file in both chains is one font.
 */
export async function embedFaces(doc: PDFDocument, fontsDir: string): Promise<FaceChains> {
  const created: PDFFont[] = [];
  fontsOf.set(doc, created);
  const fonts = new Map<string, Promise<() => PDFFont>>();
  const lazyFont = async (name: string, bytes: Uint8Array, postscriptName: string): Promise<() => PDFFont> => {
    // pdf-lib types its fontkit parameter after the old fork; the adapter provides what pdf-lib calls.
    const embedder = await CustomFontSubsetEmbedder.for(fontkitForPdfLib as unknown as Parameters<typeof CustomFontSubsetEmbedder.for>[0], bytes, subsetName(name, postscriptName));
    let font: PDFFont | undefined;
    // Not doc.embedFont, which writes every font it is given, drawn with or not.
    return () => {
      if (!font) created.push((font = PDFFont.of(doc.context.nextRef(), doc, embedder)));
      return font;
    };
  };
  const chain = async (weight: FontWeight) =>
    Promise.all(
      FONT_FILES[weight].map(async (name): Promise<Face> => {
        const bytes = readFontFile(fontsDir, name);
        const parsed = fontkitForPdfLib.create(bytes);
        if (!fonts.has(name)) fonts.set(name, lazyFont(name, bytes, parsed.postscriptName));
        const font = await (fonts.get(name) as Promise<() => PDFFont>);
        return {
          get pdf() {
            return font();
          },
          has: (codePoint) => parsed.hasGlyphForCodePoint(codePoint),
          fauxBold: weight === 'bold' && FONT_FILES.regular.includes(name),
        };
      }),
    );
  return { regular: await chain('regular'), bold: await chain('bold') };
}

/** Writes into the document the fonts its pages draw with, and no other; call once, before saving. */
export async function embedFontsDrawnWith(doc: PDFDocument): Promise<void> {
  const drawnWith = new Set(doc.getPages().flatMap((page) => page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict)?.values() ?? []));
  for (const font of fontsOf.get(doc) ?? []) if (drawnWith.has(font.ref)) await font.embed();
}
