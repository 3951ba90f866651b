import { PDFDict, PDFHexString, PDFName, PDFNumber, PDFOperator, PDFOperatorNames, type PDFContext } from 'pdf-lib';
import type { CidFont, EmbeddedGlyph } from '../fonts/cid-font';
import type { ShapedGlyph, ShapedText } from '../fonts/shaping-font';

const DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/** One cluster as HarfBuzz shaped it: its glyphs (consecutive, in drawing order) and the characters they draw. */
interface Cluster {
  first: number;
  end: number;
  text: string;
}

/**
 * The run's clusters in drawing order. A cluster's text runs from its first character to the next cluster's; the
 * first cluster's from the start of the run, so a byte order mark or joiner HarfBuzz removed there is kept.
 */
function clustersOf(shaped: ShapedText, text: string): Cluster[] {
  const starts = [...new Set(shaped.glyphs.map((glyph) => glyph.cluster))].sort((a, b) => a - b);
  const bounds = new Map(starts.map((start, i) => [start, [i === 0 ? 0 : start, starts[i + 1] ?? text.length] as const]));
  const clusters: Cluster[] = [];
  shaped.glyphs.forEach((glyph, i) => {
    const last = clusters.at(-1);
    if (last && (shaped.glyphs[last.first] as ShapedGlyph).cluster === glyph.cluster) last.end = i + 1;
    else clusters.push({ first: i, end: i + 1, text: text.slice(...(bounds.get(glyph.cluster) as readonly [number, number])) });
  });
  return clusters;
}

/**
 * Right to left, the text attached to glyphs is in visual order: poppler's pdftotext (/ActualText included) and
 * pdf.js, so the app's own preview, take a right-to-left line as drawn and turn it back into reading order by
 * reversing it character by character, without mirroring. So a cluster's characters are reversed, and a
 * mirrored bracket stands for the bracket typed, not the one it looks like.
 */
const asDrawn = (text: string, rightToLeft: boolean) => (rightToLeft ? Array.from(text).reverse().join('') : text);

/**
 * The text each glyph of a cluster stands for, for the font's ToUnicode map. A cluster drawn as one glyph (a
 * letter, a ligature, a conjunct) stands for all its characters. In a cluster of several glyphs, a glyph that is
 * the plain form of one of its characters stands for that character, the first other glyph with an advance for
 * the letters left over, the first without one for the marks, and the rest for nothing. Default-ignorable
 * characters draw nothing and are left out.
 */
function glyphTexts(font: CidFont, shaped: ShapedText, cluster: Cluster, rightToLeft: boolean): string[] {
  const chars = Array.from(asDrawn(cluster.text.replace(DEFAULT_IGNORABLE, '') || cluster.text, rightToLeft));
  const members = shaped.glyphs.slice(cluster.first, cluster.end);
  const texts = members.map(() => '');
  const unmatched: number[] = [];
  members.forEach((glyph, i) => {
    const plain = members.length > 1 ? chars.findIndex((ch) => font.shaping.nominalGlyph(ch.codePointAt(0) as number) === glyph.id) : -1;
    if (plain === -1) unmatched.push(i);
    else texts[i] = chars.splice(plain, 1)[0] as string;
  });
  // The marks left over go to a glyph without an advance (a mark, or marks drawn as one), the rest to a glyph
  // with one (a letter): a glyph keeps the first text it is drawn for in the whole document, so a letter that took
  // its marks along would read back with them everywhere, and one left empty would be lost everywhere.
  const letter = unmatched.find((i) => (members[i] as ShapedGlyph).advance !== 0);
  const mark = unmatched.find((i) => (members[i] as ShapedGlyph).advance === 0);
  const isMark = (ch: string) => letter !== undefined && mark !== undefined && /\p{M}/u.test(ch);
  const rest = letter ?? mark;
  if (rest !== undefined) texts[rest] = chars.filter((ch) => !isMark(ch)).join('');
  if (letter !== undefined && mark !== undefined) texts[mark] = chars.filter(isMark).join('');
  return texts;
}

/** A cluster ready to draw: its glyphs in the font, and whether they read back as its characters. */
interface EmbeddedCluster extends Cluster {
  glyphs: EmbeddedGlyph[];
  readsBack: boolean;
}

/**
 * Clusters drawn inside one marked-content span with /ActualText: a word (clusters between spaces) in which some
 * cluster does not read back from its glyphs alone: a letter with its marks, a reordered Devanagari vowel sign, a
 * joiner or byte order mark drawn as nothing, a glyph the font already maps to other text. Poppler reads a span
 * as one piece of text from where its first glyph starts to where its last one ends; glyph by glyph it would
 * take a mark drawn within a tenth of the font size of the next glyph for duplicated text and split the word
 * there, and a mark further off for the end of a word. Right to left, the text is in visual order (asDrawn).
 */
interface Span {
  first: number;
  end: number;
  actualText: string;
  /** A glyph to draw before the marks shaped ahead of it, so that the span starts where its first letter does. */
  letterFirst: number | null;
}

/** A shaped run ready to draw: its glyphs in the font, and the spans some of them are drawn in. */
export interface EmbeddedRun {
  glyphs: EmbeddedGlyph[];
  spans: Span[];
}

/** A space between words; one that carries a joiner or byte order mark belongs to the word for its text. */
const isSpace = (cluster: EmbeddedCluster) => cluster.readsBack && /^\s+$/u.test(cluster.text);

/**
 * The spans of a run: its words (consecutive clusters between spaces) that do not read back glyph by glyph.
 * Poppler places a span's text from where its first glyph is drawn, and right to left a cluster's marks come
 * before its letter. A word that starts with a mark would so start part way into its letter, which reads as a
 * gap between words: it takes in the space before it, or at the start of the run draws that letter first.
 */
function spansOf(clusters: readonly EmbeddedCluster[], rightToLeft: boolean): Span[] {
  const spans: Span[] = [];
  let from = 0;
  const close = (end: number) => {
    const word = clusters.slice(from, end);
    if (word.some((cluster) => !cluster.readsBack)) {
      const before = clusters[from - 1];
      const startsWithMark = (word[0]?.glyphs[0] as EmbeddedGlyph).width === 0;
      if (before && startsWithMark) word.unshift(before);
      const logical = (rightToLeft ? [...word].reverse() : word).map((cluster) => cluster.text).join('');
      const first = word[0] as EmbeddedCluster;
      const letter = first.glyphs.findIndex((glyph) => glyph.width !== 0);
      spans.push({ first: first.first, end: (word.at(-1) as EmbeddedCluster).end, actualText: asDrawn(logical, rightToLeft), letterFirst: !before && startsWithMark && letter > 0 ? first.first + letter : null });
    }
    from = end + 1;
  };
  clusters.forEach((cluster, i) => {
    if (isSpace(cluster)) close(i);
  });
  close(clusters.length);
  return spans;
}

/** The order glyphs are drawn in: as shaped, but a span's letterFirst before the marks drawn over it. */
function drawingOrder(run: EmbeddedRun): number[] {
  const order = run.glyphs.map((_, i) => i);
  for (const { first, letterFirst } of run.spans) if (letterFirst !== null) order.splice(first, letterFirst - first + 1, letterFirst, ...order.slice(first, letterFirst));
  return order;
}

/** A cluster with the text each of its glyphs stands for, and the text it reads back as if drawn whole. */
interface PlannedCluster extends Cluster {
  texts: string[];
  drawnText: string;
}

/**
 * The clusters of each shaped run and their glyphs' texts depend only on the font, the direction and the text,
 * which the shaped run is kept under (shaping-font.ts): worked out once and kept with it, so a line drawn again
 * (the protocol's text in a new patient's handout) skips them. A glyph's code and what it reads back as belong
 * to the document, so embedRun still asks the font for each.
 */
const plans = new WeakMap<ShapedText, PlannedCluster[]>();

export function embedRun(font: CidFont, shaped: ShapedText, text: string, rightToLeft: boolean): EmbeddedRun {
  let plan = plans.get(shaped);
  if (!plan) {
    plan = clustersOf(shaped, text).map((cluster) => ({ ...cluster, texts: glyphTexts(font, shaped, cluster, rightToLeft), drawnText: asDrawn(cluster.text, rightToLeft) }));
    plans.set(shaped, plan);
  }
  // Glyphs straight into one array, and clusters made only for a run with a span to find: nearly every run
  // reads back glyph by glyph, and objects made per glyph were much of a handout's garbage.
  const glyphs: EmbeddedGlyph[] = [];
  const readsBack = plan.map(({ texts, first, drawnText }) => {
    texts.forEach((glyphText, i) => glyphs.push(font.glyph((shaped.glyphs[first + i] as ShapedGlyph).id, glyphText)));
    return texts.length === 1 && glyphs[first]?.text === drawnText;
  });
  if (readsBack.every(Boolean)) return { glyphs, spans: [] };
  const clusters = plan.map(({ first, end, text: clusterText }, i): EmbeddedCluster => ({ first, end, text: clusterText, glyphs: glyphs.slice(first, end), readsBack: readsBack[i] as boolean }));
  return { glyphs, spans: spansOf(clusters, rightToLeft) };
}

/** Each CID as the four hex digits a content stream writes, made once per process. */
const hexCodes: string[] = [];
const hex4 = (value: number) => (hexCodes[value] ??= value.toString(16).padStart(4, '0'));
/** Text-space adjustments are written to a hundredth of a thousandth of the font size; less is noise. */
const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Operators that show the run at (x, y), each glyph where HarfBuzz placed it: a viewer advances by the width in
 * the font (W), so TJ adjustments add kerning and mark offsets, and text rise (Ts) lifts or lowers marks. A span
 * that ends in a mark gives it character spacing (Tc) up to the end of its letter, reset right after: poppler
 * takes a span to end where its last glyph's advance does, and a mark has none, so the next letter would start
 * a new word. The next glyph's TJ adjustment accounts for that spacing, so nothing moves on the page.
 *
 * Each TJ array is written as text, one operand, rather than as pdf-lib objects, one per glyph and adjustment:
 * those were most of the garbage a handout made, and writing them out a good share of saving it.
 */
export function glyphOperators(context: PDFContext, font: CidFont, shaped: ShapedText, run: EmbeddedRun, at: { x: number; y: number; size: number }): PDFOperator[] {
  const scale = 1000 / font.shaping.upem;
  const operators = [
    PDFOperator.of(PDFOperatorNames.SetFontAndSize, [PDFName.of(font.key), PDFNumber.of(at.size)]),
    PDFOperator.of(PDFOperatorNames.SetTextMatrix, [1, 0, 0, 1, at.x, at.y].map((n) => PDFNumber.of(round(n)))),
  ];
  // The TJ array being written: hex strings of glyph codes and the adjustments between them.
  let items = '';
  let codes = '';
  const flushCodes = () => {
    if (codes !== '') items += `<${codes}>`;
    codes = '';
  };
  const show = () => {
    flushCodes();
    if (items !== '') operators.push(PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [`[${items}]`]));
    items = '';
  };
  /** Thousandths of the font size in text space units, as Tc and Ts take them. */
  const textSpace = (thousandths: number) => PDFNumber.of(round((thousandths * at.size) / 1000));
  const spanStarts = new Map(run.spans.map((span) => [span.first, span]));
  const spanEnds = new Map(run.spans.map((span) => [span.end - 1, span]));
  // Where HarfBuzz's pen is before each glyph, and where the viewer's text position is, in thousandths of the
  // font size.
  let pen = 0;
  const origins = shaped.glyphs.map((glyph) => {
    const origin = pen;
    pen += glyph.advance * scale;
    return origin;
  });
  let position = 0;
  let rise = 0;
  const order = drawingOrder(run);
  order.forEach((i, n) => {
    const placed = shaped.glyphs[i] as ShapedGlyph;
    const glyph = run.glyphs[i] as EmbeddedGlyph;
    const span = spanStarts.get(n);
    if (span) {
      show();
      const properties = PDFDict.withContext(context);
      properties.set(PDFName.of('ActualText'), PDFHexString.fromText(span.actualText));
      // pdf-lib types operator arguments narrowly; a property dictionary is valid here (PDF 32000-1, 14.6).
      operators.push(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Span'), properties as unknown as PDFName]));
    }
    const dy = round(placed.dy * scale);
    if (dy !== rise) {
      show();
      operators.push(PDFOperator.of(PDFOperatorNames.SetTextRise, [textSpace(dy)]));
      rise = dy;
    }
    const shift = round((origins[i] as number) + placed.dx * scale - position);
    if (shift !== 0) {
      flushCodes();
      // A TJ number moves the next glyph left by that many thousandths of the font size (right when negative).
      items += ` ${-shift} `;
      position += shift;
    }
    const ending = spanEnds.get(n);
    const spacing = ending && glyph.width === 0 ? round((origins[ending.end - 1] as number) + (shaped.glyphs[ending.end - 1] as ShapedGlyph).advance * scale - position) : 0;
    if (spacing !== 0) {
      show();
      operators.push(PDFOperator.of(PDFOperatorNames.SetCharacterSpacing, [textSpace(spacing)]));
    }
    codes += hex4(glyph.cid);
    position += glyph.width + spacing;
    if (spacing !== 0) {
      show();
      operators.push(PDFOperator.of(PDFOperatorNames.SetCharacterSpacing, [PDFNumber.of(0)]));
    }
    if (ending) {
      show();
      operators.push(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
    }
  });
  show();
  if (rise !== 0) operators.push(PDFOperator.of(PDFOperatorNames.SetTextRise, [PDFNumber.of(0)]));
  return operators;
}
