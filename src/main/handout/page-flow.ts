import type { PDFDocument } from 'pdf-lib';
import type { TextDirection } from '@shared/i18n/languages';
import type { Paper } from '@shared/schemas/paper';
import { PageContent } from './typeset/page-content';
import type { TaggedStructure } from './typeset/tagged-structure';
import type { LinePlacement, TextStyle, Typesetter } from './typeset/typesetter';
import {
  CARD_PANEL,
  layoutWalletCard,
  WalletCardTooFull,
  type CardLine,
} from './wallet-card-layout';

export const PAPER_SIZES = { letter: [612, 792], a4: [595.28, 841.89] } as const satisfies Record<
  Paper,
  readonly [number, number]
>;

export const MARGIN = 54;
const FOOTER_SPACE = 36;
const LINE_GAP = 1.35;
/** How far a translation is set in from its reading side, with a rule in the gap: apart, at the same size. */
const TRANSLATION_INSET = 14;

/**
 * Lays text down the page from top to bottom and starts a new page when the next piece does not fit.
 * Right-to-left documents mirror indents, so check boxes sit on the reading side.
 */
export class PageFlow {
  readonly pages: PageContent[] = [];
  private y = 0;

  constructor(
    private readonly doc: PDFDocument,
    readonly typesetter: Typesetter,
    private readonly paper: Paper,
    /** The reading direction of what is drawn next: a bilingual handout switches it paragraph by paragraph. */
    public direction: TextDirection,
    readonly structure: TaggedStructure,
  ) {
    this.newPage();
  }

  get page(): PageContent {
    return this.pages.at(-1) as PageContent;
  }

  private get columnWidth(): number {
    return PAPER_SIZES[this.paper][0] - 2 * MARGIN;
  }

  private newPage(): void {
    const first = this.pages.length === 0;
    this.pages.push(new PageContent(this.doc.addPage([...PAPER_SIZES[this.paper]])));
    this.y = PAPER_SIZES[this.paper][1] - MARGIN;
    if (!first) this.structure.pageBreak();
  }

  /** Boxes, rules and dots carry no meaning of their own: drawn as artifacts, skipped by screen readers. */
  private decoration(draw: (page: PageContent) => void): void {
    const page = this.page;
    this.structure.artifact(page, () => draw(page));
  }

  /** A list item's box or dot: the content of its label (Lbl), which says in words what it is. */
  private label(draw: (page: PageContent) => void): void {
    this.structure.content(this.page);
    draw(this.page);
  }

  /** A line of the element being drawn; its marked content starts with its first line, never before. */
  private text(line: string, at: LinePlacement): void {
    this.structure.content(at.page);
    this.typesetter.draw(line, at);
  }

  /** Keeps what follows together: a new page now unless `height` points still fit above the footer. */
  keepTogether(height: number): void {
    this.ensure(Math.min(height, this.pageHeight));
  }

  /** The room on a whole page, from the top margin to the footer. */
  get pageHeight(): number {
    return PAPER_SIZES[this.paper][1] - 2 * MARGIN - FOOTER_SPACE;
  }

  /** The column's left edge and width, for a drawing across it (a figure). */
  get column(): { left: number; width: number } {
    return { left: MARGIN, width: this.columnWidth };
  }

  /** Whether `height` points still fit above the footer on this page. */
  fits(height: number): boolean {
    return this.y - height >= MARGIN + FOOTER_SPACE;
  }

  /** Room for a drawing `height` points tall across the column, on a new page when it does not fit here. */
  region(height: number): { page: PageContent; top: number } {
    this.ensure(height);
    const top = this.y;
    this.y -= height;
    return { page: this.page, top };
  }

  /** How tall a paragraph will be in this column. */
  heightOf(text: string, style: TextStyle, indent = 0): number {
    return this.lines(text, style, indent).length * this.lineHeight(style);
  }

  /** Starts a new page unless `height` points still fit above the footer. */
  private ensure(height: number): void {
    if (this.y - height < MARGIN + FOOTER_SPACE) this.newPage();
  }

  /** Left edge of a column indented by `indent` from the reading side. */
  private columnX(indent: number): number {
    return this.direction === 'rtl' ? MARGIN : MARGIN + indent;
  }

  /**
   * Wrapped lines are drawn with their trailing space (invisible, at the logical end, so alignment holds in both
   * directions): text extracted from the tagged structure then reads "a consent", not "aconsent".
   */
  lines(text: string, style: TextStyle, indent = 0): string[] {
    return this.typesetter.wrap(text, style, this.direction, this.columnWidth - indent);
  }

  lineHeight(style: TextStyle): number {
    return style.size * LINE_GAP;
  }

  /**
   * Draws a paragraph; `keepWithNext` reserves room so a heading never ends a page alone. A `translation` (the
   * second language of a bilingual handout) is set in from its reading side, with a rule beside it on each page.
   */
  paragraph(
    text: string,
    style: TextStyle,
    options: {
      indent?: number;
      spaceAfter?: number;
      keepWithNext?: number;
      translation?: boolean;
    } = {},
  ): void {
    const indent = (options.indent ?? 0) + (options.translation ? TRANSLATION_INSET : 0);
    const lines = this.lines(text, style, indent);
    const height = this.lineHeight(style);
    this.ensure(height * Math.min(lines.length, 2) + (options.keepWithNext ?? 0));
    const ruled: Array<{ page: PageContent; top: number; bottom: number }> = [];
    for (const line of lines) {
      this.ensure(height);
      if (options.translation && ruled.at(-1)?.page !== this.page)
        ruled.push({ page: this.page, top: this.y, bottom: this.y });
      this.y -= style.size;
      this.text(`${line} `, {
        page: this.page,
        x: this.columnX(indent),
        width: this.columnWidth - indent,
        y: this.y,
        style,
        direction: this.direction,
      });
      this.y -= height - style.size;
      const segment = ruled.at(-1);
      if (segment) segment.bottom = this.y;
    }
    if (options.translation) {
      const x =
        this.direction === 'rtl'
          ? PAPER_SIZES[this.paper][0] - MARGIN - indent + TRANSLATION_INSET / 2
          : MARGIN + indent - TRANSLATION_INSET / 2;
      for (const { page, top, bottom } of ruled) {
        this.structure.artifact(page, () =>
          page.line([x, top], [x, bottom + 2], { width: 1.5, grey: 0.45 }),
        );
      }
    }
    this.y -= options.spaceAfter ?? 0;
  }

  space(points: number): void {
    this.y -= points;
  }

  /** A check box on the reading side of the next line, for the patient to tick by hand, or already ticked. */
  checkBox(size: number, indent: number, ticked = false): void {
    this.ensure(size * LINE_GAP);
    const box = size * 0.8;
    const x =
      this.direction === 'rtl'
        ? PAPER_SIZES[this.paper][0] - MARGIN - indent - box
        : MARGIN + indent;
    const y = this.y - size * 0.9;
    this.label((page) => {
      page.rectangle(x, y, box, box, { stroke: { width: 1, grey: 0 } });
      // Drawn as lines, not a ✓ character, so no font is needed.
      if (ticked)
        page.polyline(
          [
            [x + box * 0.18, y + box * 0.5],
            [x + box * 0.42, y + box * 0.22],
            [x + box * 0.85, y + box * 0.82],
          ],
          { width: 1.6, grey: 0 },
        );
    });
  }

  /** A filled dot on the reading side of the next line. */
  bullet(size: number, indent: number): void {
    this.ensure(size * LINE_GAP);
    const x =
      this.direction === 'rtl'
        ? PAPER_SIZES[this.paper][0] - MARGIN - indent - size * 0.4
        : MARGIN + indent + size * 0.4;
    this.label((page) => page.circle(x, this.y - size * 0.45, size * 0.18, { fill: 0 }));
  }

  /**
   * A dashed card the size of a bank card, to cut out and keep in a wallet; two side by side, to fold along the
   * dotted line, when one cannot hold every line (wallet-card-layout.ts). Throws rather than drop a line.
   */
  walletCard(
    note: string,
    foldedNote: string,
    heading: string,
    lines: readonly CardLine[],
    noteStyle: TextStyle,
  ): void {
    const fit = layoutWalletCard(heading, lines, this.direction, (text, textStyle, width) =>
      this.typesetter.wrap(text, textStyle, this.direction, width),
    );
    if (!fit.fits) throw new WalletCardTooFull(fit.location);
    const { panels } = fit.layout;
    const [width, height] = [CARD_PANEL.width * panels, CARD_PANEL.height];
    const noteText = panels > 1 ? foldedNote : note;
    this.ensure(height + 8 + this.lines(noteText, noteStyle).length * this.lineHeight(noteStyle));
    this.structure.begin('P');
    this.paragraph(noteText, noteStyle);
    const left = this.direction === 'rtl' ? PAPER_SIZES[this.paper][0] - MARGIN - width : MARGIN;
    const top = this.y - 4;
    this.decoration((page) => {
      page.rectangle(left, top - height, width, height, {
        stroke: { width: 1, grey: 0, dash: [4, 3] },
      });
      for (let fold = 1; fold < panels; fold += 1) {
        const x = left + fold * CARD_PANEL.width;
        page.line([x, top], [x, top - height], { width: 0.75, grey: 0, dash: [1, 2] });
      }
    });
    // The card is a section of its own, at the level of the handout's sections: its heading, a paragraph per line.
    let piece = -1;
    for (const line of fit.layout.lines) {
      if (line.piece !== piece) {
        piece = line.piece;
        this.structure.begin(piece === 0 ? 'H2' : 'P');
      }
      this.text(`${line.text} `, {
        page: this.page,
        x: left + line.x,
        width: line.width,
        y: top - line.baseline,
        style: line.style,
        direction: this.direction,
      });
    }
    this.structure.end();
    this.y = top - height - 8;
  }

  /**
   * A table that continues on the next page with its header repeated. A row that fits on a page is never
   * split; a row taller than what is left is split between its lines, and goes on under the repeated header,
   * each cell staying one element for screen readers. Columns are fractions of the width and run from the
   * reading side (right to left in Arabic).
   */
  table(
    header: readonly string[],
    rows: ReadonlyArray<readonly string[]>,
    fractions: readonly number[],
    headerStyle: TextStyle,
    style: TextStyle,
  ): void {
    const padding = 4;
    const widths = fractions.map((f) => f * this.columnWidth);
    const cellLines = (cells: readonly string[], cellStyle: TextStyle) =>
      cells.map((cell, i) =>
        this.typesetter.wrap(cell, cellStyle, this.direction, (widths[i] ?? 0) - 2 * padding),
      );
    const slotsOf = (lines: string[][]) => Math.max(1, ...lines.map((l) => l.length));
    const headerLines = cellLines(header, headerStyle);
    const headerHeight = slotsOf(headerLines) * this.lineHeight(headerStyle) + 2 * padding;
    const bottom = MARGIN + FOOTER_SPACE;

    /**
     * Draws lines [from, to) of every cell as one band: a whole row, or the part of a long row on this page.
     * `cells` holds each cell's structure element once begun; a header repeated on a later page is an artifact.
     */
    const drawBand = (
      lines: string[][],
      cellStyle: TextStyle,
      from: number,
      to: number,
      role: 'TH' | 'TD' | 'repeat',
      cells: number[],
    ) => {
      const height = (to - from) * this.lineHeight(cellStyle) + 2 * padding;
      let offset = 0;
      lines.forEach((cell, i) => {
        const width = widths[i] ?? 0;
        const x =
          this.direction === 'rtl' ? MARGIN + this.columnWidth - offset - width : MARGIN + offset;
        const top = this.y;
        const stroke = { width: 0.75, grey: 0 };
        this.decoration((page) =>
          page.rectangle(
            x,
            top - height,
            width,
            height,
            role === 'TD' ? { stroke } : { fill: 0.9, stroke },
          ),
        );
        const text = () =>
          cell.slice(from, to).forEach((line, n) => {
            const y = top - padding - cellStyle.size - n * this.lineHeight(cellStyle);
            this.text(`${line} `, {
              page: this.page,
              x: x + padding,
              width: width - 2 * padding,
              y,
              style: cellStyle,
              direction: this.direction,
            });
          });
        if (role === 'repeat') this.structure.artifact(this.page, text);
        else {
          const element = cells[i];
          if (element === undefined) cells[i] = this.structure.begin(role);
          else this.structure.resume(element);
          text();
          this.structure.end();
        }
        offset += width;
      });
      this.y -= height;
    };
    const continueOnNextPage = () => {
      this.newPage();
      drawBand(headerLines, headerStyle, 0, slotsOf(headerLines), 'repeat', []);
    };
    const drawRow = (cells: readonly string[], cellStyle: TextStyle, role: 'TH' | 'TD') => {
      const lines = cellLines(cells, cellStyle);
      const slots = slotsOf(lines);
      const lineHeight = this.lineHeight(cellStyle);
      const onFreshPage = Math.floor(
        (PAPER_SIZES[this.paper][1] - MARGIN - bottom - headerHeight - 2 * padding) / lineHeight,
      );
      const elements: number[] = [];
      this.structure.openGroup('TR');
      for (let from = 0, fresh = false; from < slots;) {
        const fits = Math.floor((this.y - bottom - 2 * padding) / lineHeight);
        if (fits >= slots - from) {
          drawBand(lines, cellStyle, from, slots, role, elements);
          from = slots;
        } else if (!fresh && (slots - from <= onFreshPage || fits < 2)) {
          continueOnNextPage();
          fresh = true;
        } else {
          const to = from + Math.max(1, fits);
          drawBand(lines, cellStyle, from, to, role, elements);
          from = to;
          continueOnNextPage();
          fresh = true;
        }
      }
      this.structure.closeGroup();
    };

    // A table never starts with its header alone at the foot of a page.
    this.ensure(
      headerHeight +
        (rows[0]
          ? this.lineHeight(style) * Math.min(2, slotsOf(cellLines(rows[0], style))) + 2 * padding
          : 0),
    );
    this.structure.openGroup('Table');
    drawRow(header, headerStyle, 'TH');
    for (const row of rows) drawRow(row, style, 'TD');
    this.structure.closeGroup();
    this.y -= 8;
  }

  /** Ruled lines to write an answer on by hand. */
  writeInLines(count: number, indent: number, gap = 22): void {
    this.ensure(count * gap);
    for (let i = 0; i < count; i += 1) {
      this.y -= gap;
      const start = this.direction === 'rtl' ? MARGIN : MARGIN + indent;
      const y = this.y;
      this.decoration((page) =>
        page.line([start, y], [start + this.columnWidth - indent, y], { width: 0.5, grey: 0.35 }),
      );
    }
    this.y -= 8;
  }

  /** A boxed line of text that must not be missed (black-and-white friendly: a frame, not a colour). */
  notice(text: string, style: TextStyle): void {
    const padding = 6;
    const lines = this.lines(text, style, 2 * padding);
    const height = lines.length * this.lineHeight(style) + 2 * padding;
    this.ensure(height);
    this.decoration((page) =>
      page.rectangle(MARGIN, this.y - height, this.columnWidth, height, {
        stroke: { width: 1.5, grey: 0 },
      }),
    );
    this.y -= padding;
    for (const line of lines) {
      this.y -= style.size;
      this.text(`${line} `, {
        page: this.page,
        x: MARGIN + padding,
        width: this.columnWidth - 2 * padding,
        y: this.y,
        style,
        direction: this.direction,
      });
      this.y -= this.lineHeight(style) - style.size;
    }
    this.y -= padding + 8;
  }

  /** Writes each page's footer once the number of pages is known. */
  footers(footer: (page: number, pages: number) => string, style: TextStyle): void {
    this.pages.forEach((page, index) => {
      // A long footer wraps upwards from the bottom line instead of running off the page.
      const lines = this.lines(footer(index + 1, this.pages.length), style);
      this.structure.artifact(page, () =>
        lines.forEach((line, i) => {
          const y = MARGIN / 2 + (lines.length - 1 - i) * style.size * LINE_GAP;
          this.typesetter.draw(line, {
            page,
            x: MARGIN,
            width: this.columnWidth,
            y,
            style,
            direction: this.direction,
          });
        }),
      );
    });
  }
}
