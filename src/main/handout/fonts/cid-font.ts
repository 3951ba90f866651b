import { PDFName, PDFString, type PDFDocument, type PDFPage, type PDFRef } from 'pdf-lib';
import { flateStream } from '../flate-stream';
import { embeddedFontFile } from './embedded-font-file';
import type { ShapingFont } from './shaping-font';

/** A glyph as the content stream names it: its glyph id, which is its CID, and the text it stands for. */
export interface EmbeddedGlyph {
  cid: number;
  /**
   * What a reader extracting this glyph gets (ToUnicode); the first non-empty text a glyph was drawn for wins. Empty for a
   * glyph that is only part of a character drawn as several glyphs: it has no ToUnicode entry.
   */
  text: string;
  /** Its advance in thousandths of the font size, as written in the font's widths (W). */
  width: number;
}

const hex4 = (value: number) => value.toString(16).padStart(4, '0').toUpperCase();

/** A NUL, a byte order mark or a noncharacter is never text a reader should get back (PDF/UA: no such entries). */
const NOT_TEXT = new Set(['\u0000', '\uFEFF', '\uFFFE']);

function utf16Hex(text: string): string {
  return Array.from({ length: text.length }, (_, i) => hex4(text.charCodeAt(i))).join('');
}

/** ToUnicode CMap (PDF 32000-1, 9.10.3) for two-byte CIDs, at most 100 entries per bfchar block as the spec asks. */
function toUnicodeCMap(entries: readonly EmbeddedGlyph[]): string {
  const blocks: string[] = [];
  for (let start = 0; start < entries.length; start += 100) {
    const block = entries.slice(start, start + 100);
    blocks.push(
      `${block.length} beginbfchar\n${block.map(({ cid, text }) => `<${hex4(cid)}> <${utf16Hex(text)}>`).join('\n')}\nendbfchar`,
    );
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** Widths as the W array writes them: each stretch of consecutive CIDs as `first [w1 w2 …]`. */
function widthRanges(glyphs: readonly EmbeddedGlyph[]): Array<number | number[]> {
  const ranges: Array<number | number[]> = [];
  let previous = -2;
  for (const { cid, width } of glyphs) {
    if (cid !== previous + 1) ranges.push(cid, []);
    (ranges.at(-1) as number[]).push(width);
    previous = cid;
  }
  return ranges;
}

/**
 * One font file as embedded in one document: a Type 0 font with Identity-H encoding, whose content-stream
 * codes are the glyph ids HarfBuzz shaped with (CID = glyph id, CIDToGIDMap Identity). The font is subset by
 * glyph id, since the substituted forms Arabic and Devanagari need are not reachable from characters alone, and
 * each glyph keeps its id in the subset. Nothing is written for a font that draws nothing.
 */
export class CidFont {
  private ref: PDFRef | null = null;
  private readonly glyphs = new Map<number, EmbeddedGlyph>();
  private readonly pages = new WeakSet<PDFPage>();

  constructor(
    private readonly doc: PDFDocument,
    readonly shaping: ShapingFont,
    /** BaseFont, with the subset tag ("ABCDEF+NotoSans-Regular"). */
    readonly name: string,
    /** The font's key in page resources, fixed per document so the output is reproducible. */
    readonly key: string,
  ) {}

  /** The CID of a glyph, adding it to the subset on first use with the text it stands for. */
  glyph(id: number, text: string): EmbeddedGlyph {
    let glyph = this.glyphs.get(id);
    if (!glyph) {
      glyph = {
        cid: id,
        text,
        width: Math.round((this.shaping.glyphAdvance(id) * 1000) / this.shaping.upem),
      };
      this.glyphs.set(id, glyph);
    } else if (glyph.text === '' && text !== '') {
      // First drawn as the silent part of a cluster: it stands for a character after all.
      glyph.text = text;
    }
    return glyph;
  }

  /** Makes the font available to `page`'s content stream under `key`. */
  useOn(page: PDFPage): void {
    if (this.pages.has(page)) return;
    this.ref ??= this.doc.context.nextRef();
    page.node.setFontDictionary(PDFName.of(this.key), this.ref);
    this.pages.add(page);
  }

  /** Writes the font (subset, widths, ToUnicode) into the document; nothing if it drew nothing. */
  finish(): void {
    if (this.glyphs.size === 0 || !this.ref) return;
    const context = this.doc.context;
    const { metrics, upem } = this.shaping;
    const scale = 1000 / upem;
    const fontFile = embeddedFontFile(this.shaping, this.glyphs.keys());
    // In CID order, as the W array and the ToUnicode CMap list them.
    const drawn = [...this.glyphs.values()].sort((a, b) => a.cid - b.cid);
    const descriptor = context.register(
      context.obj({
        Type: 'FontDescriptor',
        FontName: this.name,
        // Symbolic (bit 3): the font's characters are not the standard Latin set.
        Flags: 4,
        FontBBox: [metrics.bbox.minX, metrics.bbox.minY, metrics.bbox.maxX, metrics.bbox.maxY].map(
          (v) => Math.round(v * scale),
        ),
        ItalicAngle: metrics.italicAngle,
        Ascent: Math.round(metrics.ascent * scale),
        Descent: Math.round(metrics.descent * scale),
        CapHeight: Math.round(metrics.capHeight * scale),
        StemV: 80,
        FontFile2: context.register(
          context.stream(fontFile.compressed, { Length1: fontFile.length, Filter: 'FlateDecode' }),
        ),
      }),
    );
    const descendant = context.register(
      context.obj({
        Type: 'Font',
        Subtype: 'CIDFontType2',
        BaseFont: this.name,
        CIDSystemInfo: {
          Registry: PDFString.of('Adobe'),
          Ordering: PDFString.of('Identity'),
          Supplement: 0,
        },
        FontDescriptor: descriptor,
        W: widthRanges(drawn),
        CIDToGIDMap: 'Identity',
      }),
    );
    const readable = drawn.map((glyph) => ({
      ...glyph,
      text: Array.from(glyph.text, (ch) => (NOT_TEXT.has(ch) ? '' : ch)).join(''),
    }));
    const toUnicode = context.register(
      flateStream(
        context.obj({}),
        Buffer.from(toUnicodeCMap(readable.filter((glyph) => glyph.text !== '')), 'latin1'),
      ),
    );
    context.assign(
      this.ref,
      context.obj({
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: this.name,
        Encoding: 'Identity-H',
        DescendantFonts: [descendant],
        ToUnicode: toUnicode,
      }),
    );
  }
}
