import { createHash } from 'node:crypto';
import { CustomFontSubsetEmbedder, PDFDict, PDFFont, PDFName, type PDFDocument } from 'pdf-lib';
import { CodePointSet } from '../../../shared/handout/code-point-ranges';
import { FONT_COVERAGE } from '../../../shared/handout/font-coverage';
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
 * Drawn in place of a character no shipped font has: the Unicode replacement character "�", which the first
 * font of each chain has. Unlike "?", it cannot be read as punctuation the person typed.
 */
export const REPLACEMENT_CHARACTER = '\uFFFD';

const coverage = new Map<string, CodePointSet>();

/** What a font is used for, from the committed table (checked against the files by a test); decoded once. */
function coverageOf(name: string): CodePointSet {
  let set = coverage.get(name);
  if (!set) {
    const encoded = FONT_COVERAGE.get(name);
    if (encoded === undefined) throw new Error(`${name} is not in the font coverage table: run npm run font-coverage.`);
    set = CodePointSet.decode(encoded);
    coverage.set(name, set);
  }
  return set;
}

/**
 * The files of a chain that `text` needs: the first font, which draws spaces and the replacement character, and
 * for each character the first font that has it. Any character of the text is then drawn by the same font as
 * with the whole chain, and a font no character needs is never read.
 */
export function fontsNeeded(chain: readonly string[], text: string): string[] {
  const needed = new Set(chain.slice(0, 1));
  const codePoints = new Set(Array.from(`${text}${text.normalize('NFC')}`, (ch) => ch.codePointAt(0) as number));
  for (const codePoint of codePoints) {
    const first = chain.find((name) => coverageOf(name).has(codePoint));
    if (first) needed.add(first);
  }
  return chain.filter((name) => needed.has(name));
}

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
 * Gives the document a face for each font `text` needs: a Latin handout never reads the Chinese, Korean or emoji
 * files. A font enters the document when first used, and only fonts a page draws with are written
 * (embedFontsDrawnWith): a bold chain may hold a font only regular text used. A file in both chains is one font.
 */
export async function embedFaces(doc: PDFDocument, fontsDir: string, text: string): Promise<FaceChains> {
  const created: PDFFont[] = [];
  fontsOf.set(doc, created);
  const fonts = new Map<string, Promise<() => PDFFont>>();
  const lazyFont = async (name: string): Promise<() => PDFFont> => {
    const bytes = readFontFile(fontsDir, name);
    // pdf-lib types its fontkit parameter after the old fork; the adapter provides what pdf-lib calls.
    const embedder = await CustomFontSubsetEmbedder.for(
      fontkitForPdfLib as unknown as Parameters<typeof CustomFontSubsetEmbedder.for>[0],
      bytes,
      subsetName(name, fontkitForPdfLib.create(bytes).postscriptName),
    );
    let font: PDFFont | undefined;
    // Not doc.embedFont, which writes every font it is given, drawn with or not.
    return () => {
      if (!font) created.push((font = PDFFont.of(doc.context.nextRef(), doc, embedder)));
      return font;
    };
  };
  const chain = async (weight: FontWeight) =>
    Promise.all(
      fontsNeeded(FONT_FILES[weight], text).map(async (name): Promise<Face> => {
        if (!fonts.has(name)) fonts.set(name, lazyFont(name));
        const font = await (fonts.get(name) as Promise<() => PDFFont>);
        const drawn = coverageOf(name);
        return {
          get pdf() {
            return font();
          },
          has: (codePoint) => drawn.has(codePoint),
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
