import { PDFHexString } from 'pdf-lib';
import type { CidFont, EmbeddedGlyph } from '../fonts/cid-font';
import type { ShapedGlyph, ShapedText } from '../fonts/shaping-font';

const DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
const HAS_DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;

/** One cluster as HarfBuzz shaped it: its glyphs (consecutive, in drawing order) and the characters they draw. */
interface Cluster {
  first: number;
  end: number;
  text: string;
}

/**
 * Where each cluster's text ends, by its cluster value: at the next larger value among the run's clusters, or at
 * the end of the run. HarfBuzz keeps clusters in order (ascending left to right, descending right to left), so the
 * next larger value is the next cluster's or the one before; any other order is sorted.
 */
function clusterEnds(values: readonly number[], length: number): (k: number) => number {
  const ascending = values.every((value, k) => k === 0 || value > (values[k - 1] as number));
  if (ascending) return (k) => values[k + 1] ?? length;
  const descending = values.every((value, k) => k === 0 || value < (values[k - 1] as number));
  if (descending) return (k) => values[k - 1] ?? length;
  const sorted = [...new Set(values)].sort((a, b) => a - b);
  const next = new Map(sorted.map((value, i) => [value, sorted[i + 1] ?? length]));
  return (k) => next.get(values[k] as number) as number;
}

/**
 * The run's clusters in drawing order. A cluster's text runs from its first character to the next cluster's; the
 * first cluster's from the start of the run, so a byte order mark or joiner HarfBuzz removed there is kept.
 */
function clustersOf(shaped: ShapedText, text: string): Cluster[] {
  const glyphs = shaped.glyphs;
  const firsts: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < glyphs.length; i += 1) {
    const cluster = (glyphs[i] as ShapedGlyph).cluster;
    if (i === 0 || cluster !== values.at(-1)) {
      firsts.push(i);
      values.push(cluster);
    }
  }
  const smallest = Math.min(...values);
  const endOf = clusterEnds(values, text.length);
  return firsts.map((first, k) => {
    const value = values[k] as number;
    return {
      first,
      end: firsts[k + 1] ?? glyphs.length,
      text: text.slice(value === smallest ? 0 : value, endOf(k)),
    };
  });
}

/**
 * Right to left, the text attached to glyphs is in visual order: poppler's pdftotext (/ActualText included) and
 * pdf.js, so the app's own preview, take a right-to-left line as drawn and turn it back into reading order by
 * reversing it character by character, without mirroring. So a cluster's characters are reversed, and a
 * mirrored bracket stands for the bracket typed, not the one it looks like.
 */
const asDrawn = (text: string, rightToLeft: boolean) =>
  rightToLeft && text.length > 1 ? Array.from(text).reverse().join('') : text;

/**
 * The text each glyph of a cluster stands for, for the font's ToUnicode map. A cluster drawn as one glyph (a
 * letter, a ligature, a conjunct) stands for all its characters. In a cluster of several glyphs, a glyph that is
 * the plain form of one of its characters stands for that character, the first other glyph with an advance for
 * the letters left over, the first without one for the marks, and the rest for nothing. Default-ignorable
 * characters draw nothing and are left out.
 */
function glyphTexts(
  font: CidFont,
  shaped: ShapedText,
  cluster: Cluster,
  rightToLeft: boolean,
): string[] {
  // A cluster drawn as one glyph (nearly every one) stands for all its characters but default-ignorable ones:
  // what the general case below comes to for it, without its arrays.
  if (cluster.end - cluster.first === 1)
    return [
      asDrawn(
        (HAS_DEFAULT_IGNORABLE.test(cluster.text) && cluster.text.replace(DEFAULT_IGNORABLE, '')) ||
          cluster.text,
        rightToLeft,
      ),
    ];
  const chars = Array.from(
    asDrawn(cluster.text.replace(DEFAULT_IGNORABLE, '') || cluster.text, rightToLeft),
  );
  const members = shaped.glyphs.slice(cluster.first, cluster.end);
  const texts = members.map(() => '');
  const unmatched: number[] = [];
  members.forEach((glyph, i) => {
    const plain =
      members.length > 1
        ? chars.findIndex(
            (ch) => font.shaping.nominalGlyph(ch.codePointAt(0) as number) === glyph.id,
          )
        : -1;
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
interface EmbeddedRun {
  glyphs: EmbeddedGlyph[];
  /**
   * What each glyph read back as once added to the font (the first text it was added for in the document); null
   * when each read back as the text it was added for, as nearly all do.
   */
  readsAs: string[] | null;
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
      const logical = (rightToLeft ? [...word].reverse() : word)
        .map((cluster) => cluster.text)
        .join('');
      const first = word[0] as EmbeddedCluster;
      const letter = first.glyphs.findIndex((glyph) => glyph.width !== 0);
      spans.push({
        first: first.first,
        end: (word.at(-1) as EmbeddedCluster).end,
        actualText: asDrawn(logical, rightToLeft),
        letterFirst: !before && startsWithMark && letter > 0 ? first.first + letter : null,
      });
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
  for (const { first, letterFirst } of run.spans)
    if (letterFirst !== null)
      order.splice(first, letterFirst - first + 1, letterFirst, ...order.slice(first, letterFirst));
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

function embedRun(
  font: CidFont,
  shaped: ShapedText,
  text: string,
  rightToLeft: boolean,
): EmbeddedRun {
  let plan = plans.get(shaped);
  if (!plan) {
    plan = clustersOf(shaped, text).map((cluster): PlannedCluster => ({
      ...cluster,
      texts: glyphTexts(font, shaped, cluster, rightToLeft),
      drawnText: asDrawn(cluster.text, rightToLeft),
    }));
    plans.set(shaped, plan);
  }
  // Glyphs straight into one array, and clusters made only for a run with a span to find: nearly every run
  // reads back glyph by glyph, and objects made per glyph were much of a handout's garbage.
  const glyphs: EmbeddedGlyph[] = [];
  const readsBack: boolean[] = [];
  let allReadBack = true;
  let readsAs: string[] | null = null;
  for (const { texts, first, drawnText } of plan) {
    for (let i = 0; i < texts.length; i += 1) {
      const added = texts[i] as string;
      const glyph = font.glyph((shaped.glyphs[first + i] as ShapedGlyph).id, added);
      glyphs.push(glyph);
      if (readsAs) readsAs.push(glyph.text);
      else if (glyph.text !== added) {
        // Each glyph before this one read back as the text it was added for.
        readsAs = plan.flatMap((cluster) => cluster.texts).slice(0, glyphs.length);
        readsAs[glyphs.length - 1] = glyph.text;
      }
    }
    const readBack = texts.length === 1 && glyphs[first]?.text === drawnText;
    readsBack.push(readBack);
    allReadBack &&= readBack;
  }
  if (allReadBack) return { glyphs, readsAs, spans: [] };
  const clusters = plan.map(({ first, end, text: clusterText }, i): EmbeddedCluster => ({
    first,
    end,
    text: clusterText,
    glyphs: glyphs.slice(first, end),
    readsBack: readsBack[i] as boolean,
  }));
  return { glyphs, readsAs, spans: spansOf(clusters, rightToLeft) };
}

/** Each CID as the four hex digits a content stream writes, made once per process. */
const hexCodes: string[] = [];
const hex4 = (value: number) => (hexCodes[value] ??= value.toString(16).padStart(4, '0'));
/** Text-space adjustments are written to a hundredth of a thousandth of the font size; less is noise. */
const round = (value: number) => Math.round(value * 100) / 100;

/**
 * What is written, in pieces joined once at the end into one flat string: a run's text is kept and copied into a
 * page for each handout, and a string made by adding pieces is a tree of them that copying walks each time. The
 * hex string of glyph codes being written is added to the pieces when an adjustment or operator follows it.
 */
interface Writing {
  content: string[];
  inArray: boolean;
  codes: string;
}

/** Opens a TJ array for the next code or adjustment, unless one is open. */
function openArray(writing: Writing): void {
  if (!writing.inArray) writing.content.push('\n[');
  writing.inArray = true;
}

function flushCodes(writing: Writing): void {
  if (writing.codes !== '') writing.content.push('<', writing.codes, '>');
  writing.codes = '';
}

/** Ends the TJ array being written, and adds `operator` after it. */
function show(writing: Writing, operator = ''): void {
  flushCodes(writing);
  if (writing.inArray) writing.content.push('] TJ');
  writing.inArray = false;
  if (operator !== '') writing.content.push(`\n${operator}`);
}

/**
 * The operators that show the run at (x, y), as content-stream text, each glyph where HarfBuzz placed it: a viewer
 * advances by the width in the font (W), so TJ adjustments add kerning and mark offsets, and text rise (Ts) lifts
 * or lowers marks. A span that ends in a mark gives it character spacing (Tc) up to the end of its letter, reset
 * right after: poppler takes a span to end where its last glyph's advance does, and a mark has none, so the next
 * letter would start a new word. The next glyph's TJ adjustment accounts for that spacing, so nothing moves on the
 * page.
 *
 * Written as text, as pdf-lib would write its operators (numbers here are font sizes or rounded to hundredths,
 * which JavaScript writes without an exponent, as pdf-lib does), rather than as pdf-lib objects, one per glyph,
 * adjustment and number: those were most of the garbage a handout made, and writing them out a good share of
 * saving it. The font and the place are set before it (runStart), so the same run drawn elsewhere writes the same.
 */
function glyphContent(font: CidFont, shaped: ShapedText, run: EmbeddedRun, size: number): string {
  const scale = 1000 / font.shaping.upem;
  const writing: Writing = { content: [], inArray: false, codes: '' };
  /** Thousandths of the font size in text space units, as Tc and Ts take them. */
  const textSpace = (thousandths: number) => round((thousandths * size) / 1000);
  const spanned = run.spans.length > 0;
  const spanStarts = spanned ? new Map(run.spans.map((span) => [span.first, span])) : null;
  const spanEnds = spanned ? new Map(run.spans.map((span) => [span.end - 1, span])) : null;
  // Where HarfBuzz's pen is before each glyph, and where the viewer's text position is, in thousandths of the
  // font size.
  const glyphs = shaped.glyphs;
  const origins = new Float64Array(glyphs.length);
  let pen = 0;
  for (let i = 0; i < glyphs.length; i += 1) {
    origins[i] = pen;
    pen += (glyphs[i] as ShapedGlyph).advance * scale;
  }
  let position = 0;
  let rise = 0;
  const order = spanned ? drawingOrder(run) : null;
  for (let n = 0; n < glyphs.length; n += 1) {
    const i = order ? (order[n] as number) : n;
    const placed = glyphs[i] as ShapedGlyph;
    const glyph = run.glyphs[i] as EmbeddedGlyph;
    const span = spanStarts?.get(n);
    // A property dictionary as pdf-lib writes one (PDF 32000-1, 14.6).
    if (span)
      show(
        writing,
        `/Span <<\n/ActualText ${PDFHexString.fromText(span.actualText).toString()}\n>> BDC`,
      );
    const dy = round(placed.dy * scale);
    if (dy !== rise) {
      show(writing, `${textSpace(dy)} Ts`);
      rise = dy;
    }
    const shift = round((origins[i] as number) + placed.dx * scale - position);
    if (shift !== 0) {
      flushCodes(writing);
      openArray(writing);
      // A TJ number moves the next glyph left by that many thousandths of the font size (right when negative).
      writing.content.push(` ${-shift} `);
      position += shift;
    }
    const ending = spanEnds?.get(n);
    const spacing =
      ending && glyph.width === 0
        ? round(
            (origins[ending.end - 1] as number) +
              (glyphs[ending.end - 1] as ShapedGlyph).advance * scale -
              position,
          )
        : 0;
    if (spacing !== 0) show(writing, `${textSpace(spacing)} Tc`);
    openArray(writing);
    writing.codes += hex4(glyph.cid);
    position += glyph.width + spacing;
    if (spacing !== 0) show(writing, '0 Tc');
    if (ending) show(writing, 'EMC');
  }
  show(writing, rise !== 0 ? '0 Ts' : '');
  return writing.content.join('');
}

/** Sets the run's font and size and places it at (x, y): the operators before its glyphs (glyphContent). */
export function runStart(font: CidFont, at: { x: number; y: number; size: number }): string {
  return `/${font.key} ${at.size} Tf\n1 0 0 1 ${round(at.x)} ${round(at.y)} Tm`;
}

/**
 * A run as written once, for drawing it again in any document: what it writes after runStart depends only on the
 * font file, the size, the direction and the text, and on what each of its glyphs reads back as in the document
 * (the first text it was drawn for there, which decides the run's /ActualText spans).
 */
export interface WrittenRun {
  /** The run as shaped; its plan (plans) holds the text each glyph is added to the font for. */
  shaped: ShapedText;
  /** What each glyph read back as once added, in the document the run was written for (EmbeddedRun). */
  readsAs: readonly string[] | null;
  /** Its operators after runStart. */
  content: string;
  /** What rewrites adds to the font (addedOnce), made when the run is first written again. */
  added: GlyphsAdded | null;
}

/**
 * Glyphs as a run adds them to its font: id, the text it is added for, and what it then read back as (null when
 * each read back as its text); kept for the process, so each list is its exact length.
 */
interface GlyphsAdded {
  ids: readonly number[];
  texts: readonly string[];
  readsAs: readonly string[] | null;
}

/** Adds the run's glyphs to the font (its subset, widths and ToUnicode) and writes what shows them. */
export function writeRun(
  font: CidFont,
  shaped: ShapedText,
  text: string,
  rightToLeft: boolean,
  size: number,
): WrittenRun {
  const embedded = embedRun(font, shaped, text, rightToLeft);
  return {
    shaped,
    readsAs: embedded.readsAs,
    content: glyphContent(font, shaped, embedded, size),
    added: null,
  };
}

/**
 * The glyphs of a run in the order writing it added them, less each added again for the text it was first added
 * for in the run: that changes nothing in the font (CidFont.glyph), so checking those kept checks them all. A
 * line uses each letter many times.
 */
function addedOnce({ shaped, readsAs }: WrittenRun): GlyphsAdded {
  const firstTexts = new Map<number, string>();
  const ids: number[] = [];
  const texts: string[] = [];
  const readsAsKept: string[] = [];
  for (const { first, texts: added } of plans.get(shaped) as PlannedCluster[])
    for (let i = 0; i < added.length; i += 1) {
      const id = (shaped.glyphs[first + i] as ShapedGlyph).id;
      const text = added[i] as string;
      const firstText = firstTexts.get(id);
      if (firstText === text) continue;
      if (firstText === undefined) firstTexts.set(id, text);
      ids.push(id);
      texts.push(text);
      if (readsAs) readsAsKept.push(readsAs[first + i] as string);
    }
  return { ids: ids.slice(), texts: texts.slice(), readsAs: readsAs && readsAsKept.slice() };
}

/**
 * Adds a run written before to the font, in the order writing it did, and tells whether it may be written as it
 * was: whether each glyph reads back in this document as it did in that one. When not, writing it again (writeRun)
 * adds the rest of its glyphs in the same order, so the font ends the same either way.
 */
export function rewrites(font: CidFont, run: WrittenRun): boolean {
  const { ids, texts, readsAs } = (run.added ??= addedOnce(run));
  for (let i = 0; i < ids.length; i += 1)
    if (font.glyph(ids[i] as number, texts[i] as string).text !== (readsAs ?? texts)[i])
      return false;
  return true;
}
