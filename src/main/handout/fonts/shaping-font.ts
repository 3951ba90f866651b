import path from 'node:path';
import type * as HarfBuzzModule from 'harfbuzzjs';
import { readFontMetrics, type FontMetrics } from './font-metrics';
import { readFontFile } from './font-files';
import { loadFontSubsetter, type FontSubsetter, type SubsetFace } from './font-subsetter';

type HarfBuzz = typeof HarfBuzzModule;

/** One glyph as HarfBuzz placed it, in font units. `cluster` is the UTF-16 index of its first character. */
export interface ShapedGlyph {
  id: number;
  cluster: number;
  advance: number;
  dx: number;
  dy: number;
}

export interface ShapedText {
  /** In drawing order: left to right on the page, so a right-to-left text comes out reversed. */
  glyphs: readonly ShapedGlyph[];
  /** Sum of the advances, in font units. */
  width: number;
}

let harfBuzz: Promise<HarfBuzz> | undefined;

/**
 * HarfBuzz (WebAssembly) is compiled once per process, and only when a handout is first made. The headless
 * command's bundle has the package compile it when asked rather than at load (`ready`, vite.handout.config.ts).
 */
function loadHarfBuzz(): Promise<HarfBuzz> {
  return (harfBuzz ??= import('harfbuzzjs').then(async (hb) => {
    await (hb as { ready?: Promise<void> }).ready;
    return hb;
  }));
}

/**
 * Starts compiling HarfBuzz and its subsetter (WebAssembly, on V8's own threads), so that a process about to make
 * a handout, such as the headless command before it checks its input, does not wait for them later. A failure is
 * reported where a handout first needs them.
 */
export function prepareShaping(): void {
  for (const loading of [loadHarfBuzz(), loadFontSubsetter()]) loading.catch(() => undefined);
}

/**
 * Shaping results kept per font for the whole process, up to this many glyphs (some 60 bytes each): a clinic's
 * batch shapes the same words again and again, and a long one of different texts must not keep them all.
 */
const MAX_SHAPED_GLYPHS = 200_000;

/**
 * One font file, parsed once per process: HarfBuzz shapes with it (substitution and positioning: kerning,
 * marks on their letters, Arabic joining, Indic reordering) and HarfBuzz's subsetter cuts from it the glyphs a
 * document draws, by glyph id (cid-font.ts). Each holds its own copy of the file, in its own WebAssembly memory;
 * the bytes read are not kept.
 */
export class ShapingFont {
  readonly upem: number;
  readonly metrics: FontMetrics;
  private readonly covered = new Map<number, boolean>();
  private readonly shaped = new Map<string, ShapedText>();
  private shapedGlyphs = 0;
  /** One buffer reused for every run: shaping is synchronous, and a new buffer per run waits for GC to be freed. */
  private readonly buffer: HarfBuzzModule.Buffer;

  private constructor(
    private readonly hb: HarfBuzz,
    private readonly font: HarfBuzzModule.Font,
    private readonly subsetter: FontSubsetter,
    private readonly subsetFace: SubsetFace,
  ) {
    this.upem = font.face.upem;
    this.metrics = readFontMetrics(font.face);
    this.buffer = new hb.Buffer();
  }

  static async load(fontsDir: string, name: string): Promise<ShapingFont> {
    const bytes = readFontFile(fontsDir, name);
    // Both WebAssembly modules compile at once, off the main thread.
    const [hb, subsetter] = await Promise.all([loadHarfBuzz(), loadFontSubsetter()]);
    if (new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0) === 0x74746366)
      throw new Error('Font collections (.ttc) cannot be embedded; ship a single font file.');
    return new ShapingFont(
      hb,
      new hb.Font(new hb.Face(new hb.Blob(bytes))),
      subsetter,
      subsetter.face(bytes),
    );
  }

  /** The font file cut down to `glyphIds`, each keeping its id (see FontSubsetter.subset). */
  subset(glyphIds: Iterable<number>): Uint8Array {
    return this.subsetter.subset(this.subsetFace, glyphIds);
  }

  has(codePoint: number): boolean {
    let has = this.covered.get(codePoint);
    if (has === undefined) {
      has = this.font.nominalGlyph(codePoint) !== undefined;
      this.covered.set(codePoint, has);
    }
    return has;
  }

  /** The glyph this font maps a character to, if any (for telling which character a glyph stands for). */
  nominalGlyph(codePoint: number): number | undefined {
    return this.font.nominalGlyph(codePoint);
  }

  /**
   * The advance a PDF viewer should take for the glyph, in font units: its own (hmtx), or none for a mark, which
   * HarfBuzz always places on a letter. A mark that claimed its own width would look to text extraction like a
   * letter of its own overlapping the next one, and poppler moves such marks to other lines.
   */
  glyphAdvance(id: number): number {
    return this.font.face.getGlyphClass(id) === this.hb.GlyphClass.MARK
      ? 0
      : this.font.glyphHAdvance(id);
  }

  /**
   * Shapes one run of a single font and direction. Default-ignorable characters (ZWJ, ZWNJ, the byte order
   * mark, variation selectors) do their work during shaping and are then removed, so they never draw as a
   * space; the caller keeps them in the logical text.
   */
  shape(text: string, rightToLeft: boolean): ShapedText {
    const key = `${rightToLeft ? 'r' : 'l'}${text}`;
    let result = this.shaped.get(key);
    if (!result) {
      this.run(text, rightToLeft);
      result = this.shapedOfBuffer(this.buffer.getGlyphInfos());
      this.keep(key, result);
    }
    return result;
  }

  /**
   * Shapes `text` as shape() does, and tells for each glyph whether cutting the text before its cluster would
   * change the shaping of either side (HarfBuzz's UNSAFE_TO_BREAK): where it would not, each side is what shape()
   * gives it alone. Not kept: a paragraph is shaped once, to measure and cut out its lines (shaped-paragraph.ts).
   */
  shapeForBreaking(
    text: string,
    rightToLeft: boolean,
  ): { shaped: ShapedText; unsafeToBreak: boolean[] } {
    this.run(text, rightToLeft);
    const infos = this.buffer.getGlyphInfos();
    return {
      shaped: this.shapedOfBuffer(infos),
      unsafeToBreak: infos.map((info) => (info.flags & this.hb.GlyphFlag.UNSAFE_TO_BREAK) !== 0),
    };
  }

  /** Keeps `shaped` as what shape() gives `text`: a line HarfBuzz says is shaped alone as within its paragraph. */
  remember(text: string, rightToLeft: boolean, shaped: ShapedText): void {
    this.keep(`${rightToLeft ? 'r' : 'l'}${text}`, shaped);
  }

  private keep(key: string, shaped: ShapedText): void {
    if (this.shapedGlyphs + shaped.glyphs.length > MAX_SHAPED_GLYPHS) {
      this.shaped.clear();
      this.shapedGlyphs = 0;
    }
    this.shaped.set(key, shaped);
    this.shapedGlyphs += shaped.glyphs.length;
  }

  /** The glyphs in the shared buffer, just shaped, with their infos. */
  private shapedOfBuffer(infos: readonly HarfBuzzModule.GlyphInfo[]): ShapedText {
    // Infos and positions apart: harfbuzzjs's combined getter defines hidden properties on every glyph, which
    // cost more than the shaping itself.
    const positions = this.buffer.getGlyphPositions();
    const glyphs = infos.map((info, i): ShapedGlyph => {
      const position = positions[i] as (typeof positions)[number];
      return {
        id: info.codepoint,
        cluster: info.cluster,
        advance: position.xAdvance,
        dx: position.xOffset,
        dy: position.yOffset,
      };
    });
    return { glyphs, width: glyphs.reduce((sum, glyph) => sum + glyph.advance, 0) };
  }

  /**
   * The width of `text` shaped as shape() shapes it, in font units, without reading its glyphs: measuring while
   * wrapping tries far more texts than are ever drawn.
   */
  width(text: string, rightToLeft: boolean): number {
    const shaped = this.shaped.get(`${rightToLeft ? 'r' : 'l'}${text}`);
    if (shaped) return shaped.width;
    this.run(text, rightToLeft);
    let width = 0;
    for (const position of this.buffer.getGlyphPositions()) width += position.xAdvance;
    return width;
  }

  /** Shapes into the shared buffer. */
  private run(text: string, rightToLeft: boolean): void {
    const buffer = this.buffer;
    buffer.reset();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    buffer.setDirection(rightToLeft ? this.hb.Direction.RTL : this.hb.Direction.LTR);
    buffer.setFlags(this.hb.BufferFlag.REMOVE_DEFAULT_IGNORABLES);
    this.hb.shape(this.font, buffer);
  }
}

const loaded = new Map<string, Promise<ShapingFont>>();

/** The shaping font for a shipped font file, read and parsed once per process (once more if that failed). */
export function shapingFont(fontsDir: string, name: string): Promise<ShapingFont> {
  const file = path.join(fontsDir, name);
  let font = loaded.get(file);
  if (!font) {
    font = ShapingFont.load(fontsDir, name);
    loaded.set(file, font);
    font.catch(() => loaded.delete(file));
  }
  return font;
}
