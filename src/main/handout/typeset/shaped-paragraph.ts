import type { TextDirection } from '@shared/i18n/languages';
import type { ShapedGlyph, ShapingFont } from '../fonts/shaping-font';
import { singleRun } from './bidi-runs';
import type { Face } from './faces';

/**
 * The scripts HarfBuzz may be left to guess for a paragraph shaped whole (it takes the script of the first letter
 * of whatever it shapes): those of the first font of each chain, which draws the spaces a paragraph is shaped
 * with (singleRun). A letter of any other script, or an unassigned code point, and the paragraph is measured
 * piece by piece instead.
 */
const SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Greek}/u, /\p{Script=Cyrillic}/u];
/** Characters HarfBuzz skips when it guesses the script: punctuation, digits, spaces, combining marks. */
const NO_SCRIPT = /[\p{Script=Common}\p{Script=Inherited}]/u;
/** Per code point of the Basic Multilingual Plane: 0 not yet asked, NONE, OTHER, or FIRST_SCRIPT plus its place in SCRIPTS. */
const scripts = new Int8Array(0x10000);
const NONE = 1;
const OTHER = -1;
const FIRST_SCRIPT = 2;

function scriptOf(cp: number): number {
  if (cp > 0xffff) return OTHER;
  let script = scripts[cp] as number;
  if (script === 0) {
    const ch = String.fromCharCode(cp);
    const index = SCRIPTS.findIndex((pattern) => pattern.test(ch));
    scripts[cp] = script = NO_SCRIPT.test(ch) ? NONE : index === -1 ? OTHER : FIRST_SCRIPT + index;
  }
  return script;
}

/** Marks a text offset where no piece may start or end: inside a cluster, or where HarfBuzz says a cut changes the shaping. */
const NO_CUT = -1;

/**
 * A paragraph shaped once, to measure the pieces that wrapping tries and to draw its lines, in place of shaping each
 * word and each line on its own. HarfBuzz marks the glyphs of each cluster that a cut before it would change
 * (UNSAFE_TO_BREAK); between two cuts where it marks none, a piece shaped alone is exactly as it is within the
 * paragraph: HarfBuzz's documented guarantee, which the line breakers of browsers rely on. So such a piece's width
 * is the sum of the paragraph's advances there and its glyphs are the paragraph's; any other piece is shaped alone
 * by the caller, as before.
 *
 * Only for a paragraph visualRuns makes one run of, piece by piece (singleRun), in one of SCRIPTS: a piece with
 * none of the paragraph's letters (digits, punctuation) is shaped alone with no script, and is measured alone too.
 * The paragraph is shaped with a space after it, as each line is drawn (page-flow.ts), so its last line is cut
 * out like the others.
 */
export class ShapedParagraph {
  private constructor(
    /** The paragraph and the space after it. */
    private readonly text: string,
    private readonly font: ShapingFont,
    private readonly rightToLeft: boolean,
    private readonly glyphs: readonly ShapedGlyph[],
    /** For each offset of the text, the glyph boundary a cut there falls on, or NO_CUT. */
    private readonly cuts: Int32Array,
    /** Before each glyph boundary, the sum of the advances before it, in font units. */
    private readonly advances: Float64Array,
    /** Before each offset, how many letters of the paragraph's script there are; null when it has none. */
    private readonly letters: Int32Array | null,
  ) {}

  /** The paragraph `text` shaped whole, or null where its pieces cannot be measured from one shaping. */
  static of(
    text: string,
    faces: readonly Face[],
    direction: TextDirection,
  ): ShapedParagraph | null {
    const spaced = `${text} `;
    // Composed as every piece is before it is measured or drawn (Typesetter.runs).
    if (spaced.normalize('NFC') !== spaced) return null;
    const run = singleRun(spaced, direction, faces);
    if (!run) return null;
    const letters = new Int32Array(spaced.length + 1);
    let script = NONE;
    for (let index = 0; index < spaced.length; index += 1) {
      const own = scriptOf(spaced.codePointAt(index) as number);
      if (own === OTHER || (own !== NONE && script !== NONE && own !== script)) return null;
      if (own !== NONE) script = own;
      letters[index + 1] = (letters[index] as number) + (own === NONE ? 0 : 1);
    }
    const rightToLeft = run.level % 2 === 1;
    const font = run.face.pdf.shaping;
    const { shaped, unsafeToBreak } = font.shapeForBreaking(spaced, rightToLeft);
    const cuts = cutsOf(shaped.glyphs, unsafeToBreak, spaced.length, rightToLeft);
    if (!cuts) return null;
    const advances = new Float64Array(shaped.glyphs.length + 1);
    shaped.glyphs.forEach(
      (glyph, i) => (advances[i + 1] = (advances[i] as number) + glyph.advance),
    );
    return new ShapedParagraph(
      spaced,
      font,
      rightToLeft,
      shaped.glyphs,
      cuts,
      advances,
      script === NONE ? null : letters,
    );
  }

  /** The glyphs between two cuts, or null where the piece [from, to) must be shaped alone. */
  private range(from: number, to: number): [first: number, end: number] | null {
    const a = this.cuts[from] as number;
    const b = this.cuts[to] as number;
    if (a === NO_CUT || b === NO_CUT) return null;
    // HarfBuzz guesses the script of what it shapes from its first letter: a piece without one gets none.
    if (this.letters && this.letters[to] === this.letters[from]) return null;
    return a <= b ? [a, b] : [b, a];
  }

  /** The width of the piece [from, to) at `size`, as Typesetter.measure gives it, or null where it must be shaped alone. */
  width(from: number, to: number, size: number): number | null {
    const range = this.range(from, to);
    return (
      range &&
      (((this.advances[range[1]] as number) - (this.advances[range[0]] as number)) * size) /
        this.font.upem
    );
  }

  /** Gives the font the shaping of `line`, which starts at `from`, where it is the paragraph's own: drawing it then shapes nothing. */
  remember(from: number, line: string): void {
    if (!this.text.startsWith(line, from)) return;
    const range = this.range(from, from + line.length);
    if (!range) return;
    const glyphs = this.glyphs
      .slice(...range)
      .map((glyph) => ({ ...glyph, cluster: glyph.cluster - from }));
    this.font.remember(line, this.rightToLeft, {
      glyphs,
      width: glyphs.reduce((sum, glyph) => sum + glyph.advance, 0),
    });
  }
}

/**
 * For each offset of a text, the glyph boundary a cut there falls on: before the first glyph of the cluster that
 * starts there left to right, after its last glyph right to left (glyphs are in drawing order), at either end of
 * the text its edge. NO_CUT inside a cluster and before a cluster HarfBuzz marks unsafe to break. Null if the
 * clusters are out of the order HarfBuzz keeps them in.
 */
function cutsOf(
  glyphs: readonly ShapedGlyph[],
  unsafeToBreak: readonly boolean[],
  length: number,
  rightToLeft: boolean,
): Int32Array | null {
  const cuts = new Int32Array(length + 1).fill(NO_CUT);
  cuts[0] = rightToLeft ? glyphs.length : 0;
  cuts[length] = rightToLeft ? 0 : glyphs.length;
  let previous = rightToLeft ? length : -1;
  for (let first = 0; first < glyphs.length;) {
    const cluster = (glyphs[first] as ShapedGlyph).cluster;
    if (rightToLeft ? cluster >= previous : cluster <= previous) return null;
    let end = first;
    let unsafe = false;
    while (end < glyphs.length && (glyphs[end] as ShapedGlyph).cluster === cluster)
      unsafe ||= unsafeToBreak[end++] as boolean;
    if (cluster > 0 && !unsafe) cuts[cluster] = rightToLeft ? end : first;
    previous = cluster;
    first = end;
  }
  return cuts;
}
