import LineBreaker from 'linebreak';
import type { TextDirection } from '@shared/i18n/languages';
import type { FontWeight } from '../fonts/font-files';
import { visualRuns, type Run } from './bidi-runs';
import type { FaceChains } from './faces';
import { embedRun, glyphContent } from './glyph-run';
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

const rightToLeft = (run: Run) => run.level % 2 === 1;

/** Text is filled black. */
const BLACK: Paint = { fill: 0 };

/**
 * Measures, wraps and draws text with per-character font fallback and bidi ordering; each run is shaped by
 * HarfBuzz, and measuring uses the same shaped advances as drawing.
 */
export class Typesetter {
  /** Characters no embedded font could draw; each was replaced visibly. */
  readonly missing = new Set<string>();

  constructor(private readonly faces: FaceChains) {}

  private runs(text: string, style: TextStyle, direction: TextDirection): Run[] {
    // Composed form, so the logical text copied out of the handout is the same whatever keyboard typed it.
    return visualRuns(text.normalize('NFC'), direction, this.faces[style.weight], (ch) =>
      this.missing.add(ch),
    );
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

  /**
   * Draws one line as one text object, written as content-stream text: in black, filled, with each faux bold run
   * also outlined.
   */
  draw(text: string, at: LinePlacement): void {
    const runs = this.runs(text, at.style, at.direction);
    const total = runs.reduce((sum, run) => sum + this.runWidth(run, at.style.size), 0);
    let x = at.direction === 'rtl' ? at.x + at.width - total : at.x;
    let content = 'BT';
    let outlined = false;
    for (const run of runs) {
      const font = run.face.pdf;
      font.useOn(at.page.pdfPage);
      const shaped = font.shaping.shape(run.text, rightToLeft(run));
      const embedded = embedRun(font, shaped, run.text, rightToLeft(run));
      // Text rendering mode 2 (fill, then stroke the outline) thickens the glyphs of a faux bold face.
      if (run.face.fauxBold) content += '\n2 Tr';
      outlined ||= run.face.fauxBold;
      content += `\n${glyphContent(font, shaped, embedded, { x, y: at.y, size: at.style.size })}`;
      if (run.face.fauxBold) content += '\n0 Tr';
      x += this.runWidth(run, at.style.size);
    }
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
