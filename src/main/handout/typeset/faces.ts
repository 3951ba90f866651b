import { createHash } from 'node:crypto';
import type { PDFDocument } from 'pdf-lib';
import { CodePointSet } from '@shared/handout/code-point-ranges';
import { FONT_COVERAGE } from '@shared/handout/font-coverage';
import { CidFont } from '../fonts/cid-font';
import { FONT_FILES, type FontWeight } from '../fonts/font-files';
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
    if (encoded === undefined)
      throw new Error(`${name} is not in the font coverage table: run npm run font-coverage.`);
    set = CodePointSet.decode(encoded);
    coverage.set(name, set);
  }
  return set;
}

/**
 * For each chain, which of its fonts first has each code point asked about, for the whole process: its index plus
 * one, NO_FONT when none has it, 0 when not yet asked. A flat table for the Basic Multilingual Plane, where nearly
 * all text is: a handout's whole text is looked up twice per chain, and a Map lookup per character cost a few
 * milliseconds of every handout.
 */
interface FirstFonts {
  basicPlane: Uint8Array;
  otherPlanes: Map<number, number>;
}
const NO_FONT = 0xff;
const firstFonts = new WeakMap<readonly string[], FirstFonts>();

function firstFontsOf(chain: readonly string[]): FirstFonts {
  if (chain.length >= NO_FONT)
    throw new Error('A font chain has more fonts than the table of first fonts can name.');
  let firsts = firstFonts.get(chain);
  if (!firsts)
    firstFonts.set(
      chain,
      (firsts = { basicPlane: new Uint8Array(0x10000), otherPlanes: new Map() }),
    );
  return firsts;
}

/**
 * The files of a chain that `text` needs: the first font, which draws spaces and the replacement character, and
 * for each character the first font that has it. Any character of the text is then drawn by the same font as
 * with the whole chain, and a font no character needs is never read.
 */
export function fontsNeeded(chain: readonly string[], text: string): string[] {
  const { basicPlane, otherPlanes } = firstFontsOf(chain);
  const needed = new Uint8Array(chain.length);
  needed[0] = 1;
  const composed = text.normalize('NFC');
  // A whole handout's text, code point by code point without making an array of it (a batch does this 50 times).
  for (const part of composed === text ? [text] : [text, composed]) {
    for (let i = 0; i < part.length;) {
      const codePoint = part.codePointAt(i) as number;
      i += codePoint > 0xffff ? 2 : 1;
      let first =
        codePoint < 0x10000 ? (basicPlane[codePoint] as number) : (otherPlanes.get(codePoint) ?? 0);
      if (first === 0) {
        const index = chain.findIndex((name) => coverageOf(name).has(codePoint));
        first = index === -1 ? NO_FONT : index + 1;
        if (codePoint < 0x10000) basicPlane[codePoint] = first;
        else otherPlanes.set(codePoint, first);
      }
      if (first !== NO_FONT) needed[first - 1] = 1;
    }
  }
  return chain.filter((_, index) => needed[index] === 1);
}

/**
 * A subset font is named "ABCDEF+Name" (ISO 32000-1, 9.6.4), which checkers and printers use to tell it from
 * the whole font. The tag comes from the file name, so the same handout always gives the same file.
 */
function subsetName(file: string, postscriptName: string): string {
  const digest = createHash('sha256').update(file).digest();
  const tag = Array.from(digest.subarray(0, 6), (byte) =>
    String.fromCharCode(65 + (byte % 26)),
  ).join('');
  return `${tag}+${postscriptName}`;
}

/**
 * Prepares the fonts `text` needs for the document: a Latin handout never reads the Chinese, Korean or emoji
 * files. Each is subset to the glyphs drawn, and a font that draws nothing is not written (CidFont). A file in
 * both chains is one font.
 */
export async function embedFaces(
  doc: PDFDocument,
  fontsDir: string,
  text: string,
): Promise<FaceChains> {
  const embedded = new Map<string, Promise<CidFont>>();
  const embed = async (name: string) => {
    // Keys in the order the files are first named, so the same handout gives the same bytes.
    const key = `F${embedded.size}`;
    const shaping = await shapingFont(fontsDir, name);
    return new CidFont(doc, shaping, subsetName(name, shaping.metrics.postscriptName), key);
  };
  const chain = async (weight: FontWeight) =>
    Promise.all(
      fontsNeeded(FONT_FILES[weight], text).map(async (name): Promise<Face> => {
        if (!embedded.has(name)) embedded.set(name, embed(name));
        const pdf = await (embedded.get(name) as Promise<CidFont>);
        const drawn = coverageOf(name);
        return {
          pdf,
          has: (codePoint) => drawn.has(codePoint),
          fauxBold: weight === 'bold' && FONT_FILES.regular.includes(name),
        };
      }),
    );
  return { regular: await chain('regular'), bold: await chain('bold') };
}
