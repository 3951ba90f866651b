/** The part of PDFKit 0.20 the benchmark uses (the package ships no types; @types/pdfkit is not a dependency). */
declare module 'pdfkit' {
  import type { Font } from 'fontkit';

  interface TextOptions {
    width?: number;
    align?: 'left' | 'right';
    continued?: boolean;
    lineBreak?: boolean;
    features?: string[];
  }
  interface TableCell {
    text: string;
    type?: 'TH' | 'TD';
    font?: { src: string; size: number };
    align?: { x: 'left' | 'right' };
  }
  interface PDFStructureElement {
    add(child: PDFStructureElement | (() => void)): PDFStructureElement;
    end(): void;
  }
  interface PDFPage {
    height: number;
    margins: { top: number; bottom: number; left: number; right: number };
  }
  export default class PDFDocument {
    constructor(options: {
      size: string;
      margin: number;
      tagged: boolean;
      lang: string;
      displayTitle: boolean;
      pdfVersion: string;
      bufferPages: boolean;
      autoFirstPage: boolean;
      info: {
        Title: string;
        Author: string;
        Producer: string;
        Creator: string;
        CreationDate: Date;
        ModDate: Date;
      };
    });
    x: number;
    y: number;
    page: PDFPage;
    registerFont(name: string, font: Font): this;
    font(name: string): this;
    fontSize(size: number): this;
    text(text: string, options?: TextOptions): this;
    text(text: string, x: number, y: number, options?: TextOptions): this;
    heightOfString(text: string, options?: TextOptions): number;
    moveDown(lines?: number): this;
    addPage(): this;
    switchToPage(index: number): this;
    bufferedPageRange(): { start: number; count: number };
    rect(x: number, y: number, width: number, height: number): this;
    circle(x: number, y: number, radius: number): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    lineWidth(width: number): this;
    dash(length: number, options: { space: number }): this;
    undash(): this;
    stroke(): this;
    fill(): this;
    markContent(tag: 'Artifact', options?: { type: 'Pagination' | 'Layout' }): this;
    endMarkedContent(): this;
    struct(type: string, children?: PDFStructureElement[] | (() => void)): PDFStructureElement;
    addStructure(element: PDFStructureElement): this;
    table(options: {
      data: TableCell[][];
      columnStyles: number[];
      structParent: PDFDocument;
      position: { x: number };
    }): this;
    on(event: 'data', listener: (chunk: Uint8Array) => void): this;
    on(event: 'end', listener: () => void): this;
    end(): void;
  }
}
