import { create, type Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import {
  blockTexts,
  type HandoutBlock,
  type HandoutContent,
} from '../../src/main/handout/handout-content';
import { FONT_FILES, readFontFile, type FontWeight } from '../../src/main/handout/fonts/font-files';

/**
 * The same handout made with PDFKit 0.20, for the benchmark only: the same fonts in the same fallback order, the
 * same sizes, letter paper, tagged (headings, paragraphs, lists, the table), footers as artifacts. PDFKit does no
 * bidi reordering (words of a right-to-left line stay in reading order from the left), so its right-to-left
 * lines do less work than ours, never more.
 */
const MARGIN = 54;
const SIZES = {
  title: 20,
  subtitle: 15,
  heading: 14,
  subheading: 12,
  body: 12,
  detail: 11,
  footer: 8,
  wallet: 8.5,
} as const;
const INDENT = 20;
const CARD = { width: 242.65, height: 153.07 };

/** Each font file parsed once per process, as our engine does: both are timed making documents, not reading fonts. */
const parsed = new Map<string, Font>();
function fontNamed(fontsDir: string, file: string): Font {
  let font = parsed.get(file);
  if (!font) parsed.set(file, (font = create(Buffer.from(readFontFile(fontsDir, file))) as Font));
  return font;
}

interface Run {
  file: string;
  text: string;
}

/** The first font of a weight's chain, which draws what no font has as its replacement, as ours does. */
function firstFontFile(weight: FontWeight): string {
  const file = FONT_FILES[weight][0];
  if (file === undefined) throw new Error(`No ${weight} font is shipped.`);
  return file;
}

/** Cuts text into runs, each in the first font of the chain that has its characters, as our typesetter does. */
function runsOf(text: string, weight: FontWeight, fontsDir: string): Run[] {
  const runs: Run[] = [];
  // Directional isolates draw nothing; ours strips them too.
  for (const ch of text.normalize('NFC').replace(/[\u2066-\u2069]/g, '')) {
    const codePoint = ch.codePointAt(0) ?? 0;
    const file =
      /\s/.test(ch) && runs.length > 0
        ? (runs.at(-1) as Run).file
        : FONT_FILES[weight].find((name) =>
            fontNamed(fontsDir, name).hasGlyphForCodePoint(codePoint),
          );
    const drawn = file === undefined ? '?' : ch;
    const last = runs.at(-1);
    const into = file ?? firstFontFile(weight);
    if (last && last.file === into) last.text += drawn;
    else runs.push({ file: into, text: drawn });
  }
  return runs;
}

export function pdfkitHandout(
  content: HandoutContent,
  fontsDir: string,
  createdAt: Date,
): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: MARGIN,
    tagged: true,
    lang: content.language,
    displayTitle: true,
    pdfVersion: '1.7',
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: content.documentTitle,
      Author: 'Gene Therapy Companion',
      Producer: 'PDFKit',
      Creator: 'Gene Therapy Companion',
      CreationDate: createdAt,
      ModDate: createdAt,
    },
  });
  for (const weight of ['regular', 'bold'] as const)
    for (const file of FONT_FILES[weight]) doc.registerFont(file, fontNamed(fontsDir, file));
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve) =>
    doc.on('end', () => resolve(Buffer.concat(chunks))),
  );

  const width = 612 - 2 * MARGIN;
  const align = content.direction === 'rtl' ? 'right' : 'left';
  const bottom = () => doc.page.height - MARGIN;
  const write = (text: string, size: number, weight: FontWeight, indent = 0) => {
    const runs = runsOf(text, weight, fontsDir);
    // PDFKit misplaces right-aligned text continued in another font: a mixed line is set from the left.
    const lineAlign = runs.length === 1 ? align : 'left';
    runs.forEach((run, index) => {
      doc.font(run.file).fontSize(size);
      const options = {
        width: width - indent,
        align: lineAlign,
        continued: index < runs.length - 1,
      } as const;
      if (index === 0) doc.text(run.text, MARGIN + (align === 'left' ? indent : 0), doc.y, options);
      else doc.text(run.text, options);
    });
  };
  const heightOf = (text: string, size: number, indent: number) =>
    doc
      .font(FONT_FILES.regular[0] as string)
      .fontSize(size)
      .heightOfString(text, { width: width - indent });
  const artifact = (draw: () => void) => {
    doc.markContent('Artifact', { type: 'Layout' });
    draw();
    doc.endMarkedContent();
  };
  const tagged = (tag: string, draw: () => void) => doc.addStructure(doc.struct(tag, draw));

  /** The list the items in a row belong to, open until a block that is not an item. */
  const open: { list: ReturnType<PDFDocument['struct']> | null } = { list: null };
  const block = (b: HandoutBlock) => {
    const isItem = b.kind === 'check-item' || b.kind === 'bullet';
    if (isItem && !open.list) doc.addStructure((open.list = doc.struct('L')));
    if (!isItem && b.kind !== 'write-in' && open.list) {
      open.list.end();
      open.list = null;
    }
    switch (b.kind) {
      case 'title':
        return tagged('H1', () => write(b.text, SIZES.title, 'bold'));
      case 'subtitle':
        return tagged('P', () => write(b.text, SIZES.subtitle, 'regular'));
      case 'heading':
        if (doc.y + 3 * SIZES.body * 1.3 > bottom()) doc.addPage();
        doc.moveDown(0.5);
        return tagged('H2', () => write(b.text, SIZES.heading, 'bold'));
      case 'subheading':
        if (doc.y + 3 * SIZES.body * 1.3 > bottom()) doc.addPage();
        return tagged('H3', () => write(b.text, SIZES.subheading, 'bold'));
      case 'notice': {
        const top = doc.y;
        tagged('P', () => write(b.text, SIZES.body, 'bold'));
        artifact(() =>
          doc
            .rect(MARGIN - 6, top - 6, width + 12, doc.y - top + 12)
            .lineWidth(1.5)
            .stroke(),
        );
        doc.moveDown(0.5);
        return;
      }
      case 'paragraph':
        tagged('P', () => write(b.text, SIZES.body, b.strong ? 'bold' : 'regular'));
        doc.moveDown(0.4);
        return;
      case 'check-item':
      case 'bullet': {
        const needed =
          heightOf(b.text, SIZES.body, INDENT) +
          b.details.reduce((sum, d) => sum + heightOf(d, SIZES.detail, INDENT), 0);
        if (doc.y + needed > bottom()) doc.addPage();
        const top = doc.y;
        const markX = align === 'left' ? MARGIN : MARGIN + width - 10;
        artifact(() =>
          b.kind === 'check-item'
            ? doc
                .rect(markX, top + 2, 9, 9)
                .lineWidth(0.8)
                .stroke()
            : doc.circle(markX + 3, top + 7, 2).fill(),
        );
        open.list?.add(
          doc.struct('LI', [
            doc.struct('LBody', () => {
              write(
                b.text,
                SIZES.body,
                b.kind === 'bullet' && b.strong ? 'bold' : 'regular',
                INDENT,
              );
              for (const detail of b.details) write(detail, SIZES.detail, 'regular', INDENT);
            }),
          ]),
        );
        doc.moveDown(0.3);
        return;
      }
      case 'write-in':
        artifact(() => {
          for (let line = 0; line < b.lines; line += 1) {
            doc.y += 22;
            doc
              .moveTo(MARGIN + INDENT, doc.y)
              .lineTo(MARGIN + width, doc.y)
              .lineWidth(0.5)
              .stroke();
          }
        });
        doc.moveDown(0.5);
        return;
      case 'table': {
        const cell = (text: string, type: 'TH' | 'TD') => {
          // A cell is one string: it takes the font that has its first letter.
          const [first] = runsOf(text, type === 'TH' ? 'bold' : 'regular', fontsDir);
          return {
            text,
            type,
            font: {
              src: first?.file ?? firstFontFile('regular'),
              size: type === 'TH' ? SIZES.body : SIZES.detail,
            },
            align: { x: align },
          } as const;
        };
        doc.table({
          data: [
            b.header.map((h) => cell(h, 'TH')),
            ...b.rows.map((row) => row.map((c) => cell(c, 'TD'))),
          ],
          columnStyles: b.fractions.map((f) => f * width),
          structParent: doc,
          position: { x: MARGIN },
        });
        doc.moveDown(0.5);
        return;
      }
      case 'dates-figure':
        for (const text of blockTexts(b)) tagged('P', () => write(text, SIZES.detail, 'regular'));
        return;
      case 'wallet-card': {
        tagged('P', () => write(b.note, SIZES.body, 'regular'));
        if (doc.y + CARD.height > bottom()) doc.addPage();
        const top = doc.y + 6;
        artifact(() =>
          doc.rect(MARGIN, top, CARD.width, CARD.height).dash(3, { space: 3 }).stroke().undash(),
        );
        doc.y = top + 8;
        tagged('H2', () => write(b.heading, SIZES.wallet + 1.5, 'bold', 8));
        for (const line of b.lines) tagged('P', () => write(line.text, SIZES.wallet, 'regular', 8));
        doc.y = top + CARD.height + 6;
        return;
      }
    }
  };
  content.blocks.forEach(block);
  open.list?.end();

  const { count } = doc.bufferedPageRange();
  for (let page = 0; page < count; page += 1) {
    doc.switchToPage(page);
    // Writing below the bottom margin would start a new page.
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    const runs = runsOf(content.footer(page + 1, count), 'regular', fontsDir);
    doc.y = doc.page.height - MARGIN / 2;
    runs.forEach((run, index) => {
      doc.font(run.file).fontSize(SIZES.footer);
      const options = {
        width,
        align: runs.length === 1 ? align : 'left',
        continued: index < runs.length - 1,
        lineBreak: false,
      } as const;
      if (index === 0) doc.text(run.text, MARGIN, doc.y, options);
      else doc.text(run.text, options);
    });
    doc.endMarkedContent();
  }
  doc.end();
  return done;
}
