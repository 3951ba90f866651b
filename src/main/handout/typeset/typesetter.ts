import LineBreaker from 'linebreak';
import type { TextDirection } from '@shared/i18n/languages';
import type { FontWeight } from '../fonts/font-files';
import { visualRuns, type Run } from './bidi-runs';
import type { Face, FaceChains } from './faces';
import { rewrites, runStart, writeRun, type WrittenRun } from './glyph-run';
import type { PageContent, Paint } from './page-content';
import { ShapedParagraph } from './shaped-paragraph';
import { TextCache } from './text-cache';

export interface TextStyle {
  size: number;
  weight: FontWeight;
}

export interface LinePlacement {
  page: PageContent;
  /** Left edge and width of the column the line sits in; right-to-left lines are aligned to its right edge. */
  x: number;
  width: number;
  /** Baseline. */
  y: number;
  style: TextStyle;
  direction: TextDirection;
}

/** Outline width of faux bold, as a share of the font size. */
const FAUX_BOLD_STROKE = 0.035;

/**
 * Widths of runs and of whole texts, for the whole process: a width depends only on the font, the size and the
 * text, and a batch of handouts measures the same words again and again.
 */
const widths = new TextCache<number>(2_000_000);

/**
 * Wrapped lines, for the whole process like widths: a block is wrapped once to see whether it fits and again to
 * draw it, and a new patient's handout wraps the protocol's text as the last one did.
 */
const wrapped = new TextCache<readonly string[]>(1_000_000);

const rightToLeft = (run: { level: number }) => run.level % 2 === 1;

/**
 * A line's runs kept for the process, as drawing it made them. A face belongs to its document, so a run keeps its
 * face's place in the chain, which the line is kept under.
 */
interface LineRun {
  text: string;
  face: number;
  level: number;
  width: number;
  /** What the run writes, from when the line was drawn again; replaced where its glyphs read back otherwise. */
  written: WrittenRun | null;
}
interface KeptLine {
  runs: LineRun[];
  /** Characters of the line no font had, to be reported for each document that draws it. */
  missing: string[];
  /**
   * Whether the line was drawn before: only then is what its runs write kept, since most lines a batch draws
   * once (a patient's own words) would otherwise hold their shaped glyphs past the shaping cache's bound.
   */
  drawn: boolean;
}

/**
 * Lines drawn, for the whole process like widths: a new patient's handout draws the protocol's text as the last
 * one did, and cutting it into runs and writing their glyphs was much of drawing it.
 */
const drawn = new TextCache<KeptLine>(250_000);

/** What identifies a chain of faces across documents: its font names, unique per file (faces.ts). */
const chainName = (faces: readonly Face[]) => faces.map((face) => face.pdf.name).join(' ');

/** Text is filled black. */
const BLACK: Paint = { fill: 0 };

/**
 * Measures, wraps and draws text with per-character font fallback and bidi ordering; each run is shaped by
 * HarfBuzz, and measuring uses the same shaped advances as drawing.
 */
export class Typesetter {
  /** Characters no embedded font could draw; each was replaced visibly. */
  readonly missing = new Set<string>();

  /** The settings lines are kept under for each weight, by the faces that draw them. */
  private readonly chains: Record<keyof FaceChains, string>;

  constructor(private readonly faces: FaceChains) {
    this.chains = { regular: chainName(faces.regular), bold: chainName(faces.bold) };
  }

  /** The text's runs; each character no font has goes to `missing` (the document's, unless said). */
  private runs(
    text: string,
    style: TextStyle,
    direction: TextDirection,
    missing: (ch: string) => void = (ch) => this.missing.add(ch),
  ): Run[] {
    // Composed form, so the logical text copied out of the handout is the same whatever keyboard typed it.
    return visualRuns(text.normalize('NFC'), direction, this.faces[style.weight], missing);
  }

  private runWidth(run: Run, size: number): number {
    // Font names are unique per font file (faces.ts), so the key holds across documents.
    const { shaping, name } = run.face.pdf;
    const setting = `run|${size}|${name}|${run.level % 2}`;
    let width = widths.get(setting, run.text);
    if (width === undefined)
      widths.set(
        setting,
        run.text,
        (width = (shaping.width(run.text, rightToLeft(run)) * size) / shaping.upem),
      );
    return width;
  }

  measure(text: string, style: TextStyle, direction: TextDirection): number {
    // Missing characters are recorded when drawn (draw() always makes the runs), so a width from an earlier
    // document is enough here.
    const setting = `text|${style.size}|${style.weight}|${direction}`;
    let width = widths.get(setting, text);
    if (width === undefined)
      widths.set(
        setting,
        text,
        (width = this.runs(text, style, direction).reduce(
          (sum, run) => sum + this.runWidth(run, style.size),
          0,
        )),
      );
    return width;
  }

  /**
   * Greedy wrapping at the Unicode line-break opportunities (UAX #14): at spaces in most scripts, between
   * characters in Chinese and Japanese, and always at a newline. Each piece is measured once; a piece wider
   * than the column is cut between characters.
   */
  wrap(text: string, style: TextStyle, direction: TextDirection, maxWidth: number): string[] {
    const setting = `${style.size}|${style.weight}|${direction}|${maxWidth}`;
    let lines = wrapped.get(setting, text);
    if (!lines) wrapped.set(setting, text, (lines = this.wrapAt(text, style, direction, maxWidth)));
    return [...lines];
  }

  /**
   * The line being filled is text[start, end). Pieces are measured from the paragraph shaped whole where HarfBuzz
   * says that is exact (ShapedParagraph), else each alone: the same widths either way, so the same lines. The
   * lines cut from the whole paragraph are given to their font, so drawing them shapes nothing again.
   */
  private wrapAt(
    text: string,
    style: TextStyle,
    direction: TextDirection,
    maxWidth: number,
  ): string[] {
    const paragraph = ShapedParagraph.of(text, this.faces[style.weight], direction);
    const width = (from: number, to: number) =>
      paragraph?.width(from, to, style.size) ??
      this.measure(text.slice(from, to), style, direction);
    const lines: string[] = [];
    let start = 0;
    let end = 0;
    let lineWidth = 0;
    const flush = () => {
      const line = text.slice(start, end);
      if (line.trim() !== '') {
        lines.push(line.trimEnd());
        paragraph?.remember(start, `${line.trimEnd()} `);
      }
      start = end;
      lineWidth = 0;
    };
    const breaker = new LineBreaker(text);
    let pieceStart = 0;
    for (let opportunity = breaker.nextBreak(); opportunity; opportunity = breaker.nextBreak()) {
      if (!opportunity.required && insideHangulWord(text, opportunity.position)) continue;
      const piece = text.slice(pieceStart, opportunity.position).replace(/[\r\n]+$/, '');
      const from = pieceStart;
      pieceStart = opportunity.position;
      // An empty line starts with this piece (past the newline that ended the last).
      if (start === end) start = end = from;
      const visible = piece.trimEnd();
      const visibleWidth = width(from, from + visible.length);
      // The space after a word is measured apart (one shaping per new word, not two; spaces are seen before).
      // Summing is exact only within one font: a space between two Hebrew words is drawn with the Hebrew font,
      // so near the edge the line is measured whole.
      const pieceWidth =
        visible.length === piece.length
          ? visibleWidth
          : visibleWidth + width(from + visible.length, from + piece.length);
      const nearEdge = lineWidth + visibleWidth > maxWidth - style.size;
      const fits =
        lineWidth + visibleWidth <= maxWidth &&
        (!nearEdge || width(start, from + visible.length) <= maxWidth);
      if (start !== end && !fits) flush();
      if (start === end && visibleWidth > maxWidth) {
        for (let at = from; at < from + piece.length;) {
          const next = at + ((text.codePointAt(at) as number) > 0xffff ? 2 : 1);
          if (start !== end && width(start, next) > maxWidth) flush();
          end = at = next;
        }
        lineWidth = width(start, end);
      } else {
        end = from + piece.length;
        lineWidth += pieceWidth;
      }
      if (opportunity.required) flush();
    }
    flush();
    return lines;
  }

  /** The line's runs, kept from drawing it in an earlier document where there is one. */
  private lineRuns(text: string, style: TextStyle, direction: TextDirection): KeptLine {
    const setting = `${style.size}|${style.weight}|${direction}|${this.chains[style.weight]}`;
    let line = drawn.get(setting, text);
    if (!line) {
      const chain = this.faces[style.weight];
      const missing: string[] = [];
      const runs = this.runs(text, style, direction, (ch) => missing.push(ch));
      line = {
        missing,
        drawn: false,
        runs: runs.map((run) => ({
          text: run.text,
          face: chain.indexOf(run.face),
          level: run.level,
          width: this.runWidth(run, style.size),
          written: null,
        })),
      };
      drawn.set(setting, text, line);
    }
    for (const ch of line.missing) this.missing.add(ch);
    return line;
  }

  /**
   * Draws one line as one text object, written as content-stream text: in black, filled, with each faux bold run
   * also outlined. A run drawn before writes what it wrote then, where its glyphs read back as they did then
   * (rewrites).
   */
  draw(text: string, at: LinePlacement): void {
    const line = this.lineRuns(text, at.style, at.direction);
    const chain = this.faces[at.style.weight];
    const total = line.runs.reduce((sum, run) => sum + run.width, 0);
    let x = at.direction === 'rtl' ? at.x + at.width - total : at.x;
    let content = 'BT';
    let outlined = false;
    for (const run of line.runs) {
      const face = chain[run.face] as Face;
      const font = face.pdf;
      font.useOn(at.page.pdfPage);
      let written = run.written;
      if (!written || !rewrites(font, written)) {
        const shaped = font.shaping.shape(run.text, rightToLeft(run));
        written = writeRun(font, shaped, run.text, rightToLeft(run), at.style.size);
        if (line.drawn) run.written = written;
      }
      // Text rendering mode 2 (fill, then stroke the outline) thickens the glyphs of a faux bold face.
      if (face.fauxBold) content += '\n2 Tr';
      outlined ||= face.fauxBold;
      content += `\n${runStart(font, { x, y: at.y, size: at.style.size })}${written.content}`;
      if (face.fauxBold) content += '\n0 Tr';
      x += run.width;
    }
    line.drawn = true;
    at.page.text(
      `${content}\nET`,
      outlined ? { fill: 0, stroke: { width: at.style.size * FAUX_BOLD_STROKE, grey: 0 } } : BLACK,
    );
  }

  /** Writes the fonts that drew something into the document; call once, after the last line is drawn. */
  finish(): void {
    for (const font of new Set([...this.faces.regular, ...this.faces.bold].map((face) => face.pdf)))
      font.finish();
  }
}

const HANGUL = /\p{Script=Hangul}/u;

/**
 * Korean puts spaces between words, and its readers expect lines to break there (CSS `word-break: keep-all`, as the
 * screens do); UAX #14 alone would break between any two syllables. A word wider than the column is still cut.
 */
function insideHangulWord(text: string, position: number): boolean {
  const before = text.codePointAt(position - 1);
  const after = text.codePointAt(position);
  return (
    before !== undefined &&
    after !== undefined &&
    HANGUL.test(String.fromCodePoint(before)) &&
    HANGUL.test(String.fromCodePoint(after))
  );
}
