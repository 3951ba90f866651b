import { PDFName, type PDFPage } from 'pdf-lib';
import { flateStream } from '../flate-stream';

/** An outline: its width, its grey level (0 black, 1 white) and its dash pattern (dash and gap lengths; none: solid). */
export interface Stroke {
  width: number;
  grey: number;
  dash?: readonly number[];
}

/** How a shape or text is painted: filled with a grey level, outlined, or both. */
export type Paint = { fill: number; stroke?: Stroke } | { fill?: undefined; stroke: Stroke };

type Point = readonly [x: number, y: number];

/** The largest number a PDF holds as an integer (PDF 32000-1, Annex C); a thousandth of it still rounds exactly. */
const LARGEST = 2 ** 31 - 1;

/**
 * A number as the page's content writes it: to a thousandth of a point (a printer's dot is forty times that),
 * without an exponent (JavaScript writes one only beyond 1e21 or below 1e-6), and 0 never as "-0" (String writes
 * -0 as "0"). Anything else (NaN, infinity, beyond what a PDF holds) throws: written out it would break the page.
 */
export function pdfNumber(value: number): string {
  if (!(Math.abs(value) <= LARGEST)) throw new RangeError(`${value} is no number a page can hold`);
  return String(Math.round(value * 1000) / 1000);
}

const pathThrough = (points: readonly Point[]) =>
  points.map(([x, y], i) => `${pdfNumber(x)} ${pdfNumber(y)} ${i === 0 ? 'm' : 'l'}`).join('\n');

/** How far a Bézier curve's control points stand from a quarter circle's ends, as a share of its radius. */
const KAPPA = (4 * (Math.SQRT2 - 1)) / 3;

/**
 * What is drawn on one handout page, as content-stream text in drawing order: text objects, marked content and the
 * shapes the handout draws, written as one stream when the document is finished. The graphics state is kept for
 * the whole page rather than saved and restored around each drawing: a colour, width or dash is written only
 * where it changes, so everything appended must leave the state as it found it or say what it paints with (text).
 */
export class PageContent {
  private operators = '';
  /** The graphics state as the page starts (PDF 32000-1, 8.4): black, lines 1 point wide, solid. */
  private fill = 0;
  private strokeGrey = 0;
  private lineWidth = 1;
  private dash = '[] 0 d';

  constructor(readonly pdfPage: PDFPage) {}

  /** Operators that change no graphics state: marked content, or text objects painted as the state is. */
  append(operators: string): void {
    this.operators += `${operators}\n`;
  }

  /** A text object (BT … ET), painted with `paint`: its fill, and the outline of text rendering modes that stroke. */
  text(operators: string, paint: Paint): void {
    this.paintWith(paint);
    this.append(operators);
  }

  /** A straight line from one point to another. */
  line(from: Point, to: Point, stroke: Stroke): void {
    this.polyline([from, to], stroke);
  }

  /** Lines from point to point, left open. */
  polyline(path: readonly Point[], stroke: Stroke): void {
    this.paintWith({ stroke });
    this.append(`${pathThrough(path)}\nS`);
  }

  /** A closed polygon through the points. */
  polygon(path: readonly Point[], paint: Paint): void {
    this.paintPath(pathThrough(path), paint, true);
  }

  /** A rectangle from its lower left corner. */
  rectangle(x: number, y: number, width: number, height: number, paint: Paint): void {
    this.paintPath(
      `${pdfNumber(x)} ${pdfNumber(y)} ${pdfNumber(width)} ${pdfNumber(height)} re`,
      paint,
      false,
    );
  }

  /** A circle as four Bézier curves, from its leftmost point counterclockwise, as pdf-lib drew it. */
  circle(x: number, y: number, radius: number, paint: Paint): void {
    const k = radius * KAPPA;
    // Each of the ten coordinates written once: list bullets are circles, and a handout has many.
    const [left, xBefore, middle, xAfter, right] = [x - radius, x - k, x, x + k, x + radius].map(
      pdfNumber,
    ) as [string, string, string, string, string];
    const [bottom, yBelow, level, yAbove, top] = [y - radius, y - k, y, y + k, y + radius].map(
      pdfNumber,
    ) as [string, string, string, string, string];
    this.paintPath(
      `${left} ${level} m\n` +
        `${left} ${yBelow} ${xBefore} ${bottom} ${middle} ${bottom} c\n` +
        `${xAfter} ${bottom} ${right} ${yBelow} ${right} ${level} c\n` +
        `${right} ${yAbove} ${xAfter} ${top} ${middle} ${top} c\n` +
        `${xBefore} ${top} ${left} ${yAbove} ${left} ${level} c`,
      paint,
      false,
    );
  }

  /**
   * Fills and strokes a path. A fill closes it by itself; a stroke closes it (s, b) where it `closes`: a polygon's
   * last side. A rectangle (re) is closed already, and a circle ends where it began.
   */
  private paintPath(path: string, paint: Paint, closes: boolean): void {
    this.paintWith(paint);
    const operator =
      paint.fill === undefined ? (closes ? 's' : 'S') : paint.stroke ? (closes ? 'b' : 'B') : 'f';
    this.append(`${path}\n${operator}`);
  }

  /** Sets what `paint` needs of the graphics state, writing only what differs from the state now. */
  private paintWith({ fill, stroke }: Paint): void {
    let changes = '';
    if (fill !== undefined && fill !== this.fill) {
      changes += `${pdfNumber(fill)} g\n`;
      this.fill = fill;
    }
    if (stroke) {
      if (stroke.grey !== this.strokeGrey) {
        changes += `${pdfNumber(stroke.grey)} G\n`;
        this.strokeGrey = stroke.grey;
      }
      if (stroke.width !== this.lineWidth) {
        changes += `${pdfNumber(stroke.width)} w\n`;
        this.lineWidth = stroke.width;
      }
      const dash = `[${(stroke.dash ?? []).map(pdfNumber).join(' ')}] 0 d`;
      if (dash !== this.dash) {
        changes += `${dash}\n`;
        this.dash = dash;
      }
    }
    this.operators += changes;
  }

  /** Writes the page's drawing into the document as its one content stream, compressed; call once, at the end. */
  finish(): void {
    const context = this.pdfPage.doc.context;
    this.pdfPage.node.set(
      PDFName.of('Contents'),
      context.register(flateStream(context.obj({}), Buffer.from(this.operators, 'latin1'))),
    );
  }
}
