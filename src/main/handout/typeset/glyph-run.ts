import { PDFArray, PDFHexString, PDFName, PDFNumber, PDFOperator, PDFOperatorNames, type PDFContext } from 'pdf-lib';
import type { CidFont, EmbeddedGlyph } from '../fonts/cid-font';
import type { ShapedGlyph, ShapedText } from '../fonts/shaping-font';

const DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/**
 * The text each glyph stands for, for the font's ToUnicode map. A cluster drawn as one glyph (a letter, a
 * ligature, a conjunct) stands for all its characters. In a cluster of several glyphs, a glyph that is the plain
 * form of one of its characters stands for that character, the first other glyph with an advance for the
 * characters left over, and the rest for nothing. Default-ignorable characters draw nothing and are left out here.
 *
 * Right to left, glyphs are drawn in visual order, and every reader here (poppler's pdftotext, pdf.js, so the
 * app's own preview) turns such a line back into reading order by reversing it character by character, without
 * mirroring: so a ligature's text (lam-alef) is stored reversed, and a mirrored bracket stands for the bracket
 * typed, not the one it looks like.
 */
function glyphTexts(font: CidFont, shaped: ShapedText, text: string, rightToLeft: boolean): string[] {
  const clusters = new Map<number, number[]>();
  shaped.glyphs.forEach((glyph, i) => clusters.set(glyph.cluster, [...(clusters.get(glyph.cluster) ?? []), i]));
  const starts = [...clusters.keys()].sort((a, b) => a - b);
  const texts: string[] = shaped.glyphs.map(() => '');
  starts.forEach((start, n) => {
    const whole = text.slice(start, starts[n + 1] ?? text.length);
    const chars = [...(whole.replace(DEFAULT_IGNORABLE, '') || whole)];
    if (rightToLeft) chars.reverse();
    const members = clusters.get(start) as number[];
    const unmatched: number[] = [];
    for (const i of members) {
      const id = (shaped.glyphs[i] as ShapedGlyph).id;
      const plain = members.length > 1 ? chars.findIndex((ch) => font.shaping.nominalGlyph(ch.codePointAt(0) as number) === id) : -1;
      if (plain === -1) unmatched.push(i);
      else texts[i] = chars.splice(plain, 1)[0] as string;
    }
    // The characters left over go to a glyph with an advance (a letter), not to a mark drawn over it: a letter's
    // glyph keeps one text for the whole document, and an empty one would lose that letter everywhere.
    const first = unmatched.find((i) => (shaped.glyphs[i] as ShapedGlyph).advance !== 0) ?? unmatched[0];
    if (first !== undefined) texts[first] = chars.join('');
  });
  return texts;
}

/** A shaped run ready to draw: its glyphs in the font, and whether their ToUnicode text reads back as `text`. */
export interface EmbeddedRun {
  glyphs: EmbeddedGlyph[];
  /**
   * The run's logical text when a reader would not get it back from its glyphs alone (see readsBack): drawn as
   * /ActualText so copying, search and screen readers get it in reading order. Never for a right-to-left run:
   * readers reverse right-to-left text they extract, ActualText included, so its glyphs carry the text in
   * visual order instead (glyphTexts).
   */
  actualText: string | null;
  rightToLeft: boolean;
}

/**
 * Whether pdftotext gives back a left-to-right run's text from its glyphs: their texts must spell it
 * (reordered Devanagari vowel signs, ligatures and removed default-ignorable characters do not), and poppler
 * must keep each glyph in its place. It takes a raised or lowered mark for a line of its own, a glyph drawn left
 * of the one before it (a mark with no letter before it, then the next letter) for the start of a new line, and
 * a mark over the same mark for the double print of a faux bold, which it drops.
 */
function readsBack(glyphs: readonly EmbeddedGlyph[], shaped: ShapedText, text: string): boolean {
  if (glyphs.map((glyph) => glyph.text).join('') !== text) return false;
  let pen = 0;
  let previousX = -Infinity;
  for (const [i, glyph] of shaped.glyphs.entries()) {
    const x = pen + glyph.dx;
    const embedded = glyphs[i] as EmbeddedGlyph;
    if (glyph.dy !== 0 || x < previousX || (embedded.width === 0 && embedded.text === glyphs[i - 1]?.text)) return false;
    previousX = x;
    pen += glyph.advance;
  }
  return true;
}

export function embedRun(font: CidFont, shaped: ShapedText, text: string, rightToLeft: boolean): EmbeddedRun {
  const texts = glyphTexts(font, shaped, text, rightToLeft);
  const glyphs = shaped.glyphs.map((glyph, i) => font.glyph(glyph.id, texts[i] as string));
  return { glyphs, actualText: rightToLeft || readsBack(glyphs, shaped, text) ? null : text, rightToLeft };
}

/** How far poppler lets a mark stray from the letter before it, in thousandths of the font size, minus a margin. */
const POPPLER_MARK_REACH = 90;

/**
 * A glyph's horizontal offset, in thousandths of the font size. Right to left, a mark is drawn before its letter
 * (visual order), and poppler splits the word, even the line, around a mark more than a tenth of the font size
 * from the letter drawn before it; so there a mark's offset is held within that reach: over its letter, if not
 * always centred on a wide one.
 */
function horizontalOffset(run: EmbeddedRun, glyph: EmbeddedGlyph, dx: number): number {
  if (!run.rightToLeft || glyph.width !== 0) return dx;
  return Math.max(-POPPLER_MARK_REACH, Math.min(POPPLER_MARK_REACH, dx));
}

const hex4 = (value: number) => value.toString(16).padStart(4, '0');
/** Text-space adjustments are written to a hundredth of a thousandth of the font size; less is noise. */
const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Operators that show the run at (x, y), each glyph where HarfBuzz placed it: a viewer advances by the width in
 * the font (W), so TJ adjustments add kerning and mark offsets, and text rise (Ts) lifts or lowers marks.
 * Right to left, marks keep the font's own height: poppler takes a raised or lowered mark for a line of its own
 * and then scrambles the order of a right-to-left paragraph (search and copy lose it); see horizontalOffset too.
 */
export function glyphOperators(context: PDFContext, font: CidFont, shaped: ShapedText, run: EmbeddedRun, at: { x: number; y: number; size: number }): PDFOperator[] {
  const scale = 1000 / font.shaping.upem;
  const operators = [
    PDFOperator.of(PDFOperatorNames.SetFontAndSize, [PDFName.of(font.key), PDFNumber.of(at.size)]),
    PDFOperator.of(PDFOperatorNames.SetTextMatrix, [1, 0, 0, 1, at.x, at.y].map((n) => PDFNumber.of(round(n)))),
  ];
  let items = PDFArray.withContext(context);
  let codes = '';
  const flushCodes = () => {
    if (codes !== '') items.push(PDFHexString.of(codes));
    codes = '';
  };
  const show = () => {
    flushCodes();
    if (items.size() > 0) operators.push(PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [items]));
    items = PDFArray.withContext(context);
  };
  let rise = 0;
  // Where HarfBuzz's pen is before each glyph, and where the viewer's text position is, in thousandths of the
  // font size.
  let pen = 0;
  const origins = shaped.glyphs.map((glyph) => {
    const origin = pen;
    pen += glyph.advance * scale;
    return origin;
  });
  let position = 0;
  shaped.glyphs.forEach((glyph, i) => {
    const embedded = run.glyphs[i] as EmbeddedGlyph;
    const dy = run.rightToLeft ? 0 : round(glyph.dy * scale);
    if (dy !== rise) {
      show();
      operators.push(PDFOperator.of(PDFOperatorNames.SetTextRise, [PDFNumber.of(round((dy * at.size) / 1000))]));
      rise = dy;
    }
    const shift = round((origins[i] as number) + horizontalOffset(run, embedded, glyph.dx * scale) - position);
    if (shift !== 0) {
      flushCodes();
      // A TJ number moves the next glyph left by that many thousandths of the font size (right when negative).
      items.push(PDFNumber.of(-shift));
      position += shift;
    }
    codes += hex4(embedded.cid);
    position += embedded.width;
  });
  show();
  if (rise !== 0) operators.push(PDFOperator.of(PDFOperatorNames.SetTextRise, [PDFNumber.of(0)]));
  return operators;
}
