import { PDFDocument } from 'pdf-lib';
import { datesFigureKeptHeight, drawDatesFigure, type DatesFigureStyles } from './dates-figure';
import { writeDocumentMetadata } from './document-metadata';
import type { HandoutBlock, HandoutContent } from './handout-content';
import { PageFlow } from './page-flow';
import type { Paper } from '@shared/schemas/paper';
import { handoutText } from './handout-text';
import { drawBilingual } from './bilingual-layout';
import { inSide, type LanguageSide } from './language-side';
import { embedFaces } from './typeset/faces';
import { TaggedStructure, type StructureType } from './typeset/tagged-structure';
import { Typesetter, type TextStyle } from './typeset/typesetter';
import { writePdf } from './write-pdf';

export interface RenderOptions {
  fontsDir: string;
  paper: Paper;
  /** Body text at 16 pt for people who need bigger print. */
  largePrint: boolean;
  /** Written into the PDF's metadata; injected so output is reproducible in tests. */
  createdAt: Date;
}

export interface RenderedHandout {
  bytes: Uint8Array;
  pageCount: number;
  /** Characters no shipped font can draw; each was printed as "�" so the gap is visible. */
  missingCharacters: string[];
}

const REGULAR_STYLES = {
  title: { size: 20, weight: 'bold' },
  subtitle: { size: 15, weight: 'regular' },
  heading: { size: 14, weight: 'bold' },
  subheading: { size: 12, weight: 'bold' },
  body: { size: 12, weight: 'regular' },
  strong: { size: 12, weight: 'bold' },
  detail: { size: 11, weight: 'regular' },
  footer: { size: 8, weight: 'regular' },
  figureLabel: { size: 11, weight: 'bold' },
} as const satisfies Record<string, TextStyle>;
type Styles = Record<keyof typeof REGULAR_STYLES, TextStyle>;

/** Large print: body text at 16 pt and everything else in proportion (the footer stays small but readable). */
function stylesFor(largePrint: boolean): Styles {
  if (!largePrint) return REGULAR_STYLES;
  const scale = 16 / REGULAR_STYLES.body.size;
  return Object.fromEntries(
    Object.entries(REGULAR_STYLES).map(([name, style]) => [
      name,
      { ...style, size: Math.round(style.size * (name === 'footer' ? 1.25 : scale)) },
    ]),
  ) as Styles;
}

const CHECK_INDENT = 20;

const figureStyles = (STYLES: Styles): DatesFigureStyles => ({
  label: STYLES.figureLabel,
  when: STYLES.detail,
  scale: STYLES.footer,
});

const WRITE_IN_LINE = 22;

export type ItemBlock = Extract<HandoutBlock, { kind: 'check-item' | 'bullet' }>;

/** One paragraph of a list item: its text or one of its details, in a bilingual handout with its language. */
export interface ItemParagraph {
  text: string;
  detail: boolean;
  side?: LanguageSide | null;
}

/** How a block is drawn in a bilingual handout: as a translation, or a list item's paragraphs in both languages. */
export interface DrawOptions {
  translation?: boolean;
  /** Its translation, drawn next: kept on the same page, close under it, so the pair reads as one. */
  translatedBy?: HandoutBlock;
  paragraphs?: ItemParagraph[];
}

function itemStyle(STYLES: Styles, block: ItemBlock): TextStyle {
  return block.kind === 'bullet' && block.strong ? STYLES.strong : STYLES.body;
}

/** How tall a block will be, for keeping items whole and headings with what follows them. */
function heightOf(flow: PageFlow, STYLES: Styles, block: HandoutBlock | undefined): number {
  if (!block) return 0;
  switch (block.kind) {
    case 'check-item':
    case 'bullet':
      return (
        flow.heightOf(block.text, itemStyle(STYLES, block), CHECK_INDENT) +
        block.details.reduce(
          (sum, detail) => sum + flow.heightOf(detail, STYLES.detail, CHECK_INDENT),
          0,
        )
      );
    case 'write-in':
      return block.lines * WRITE_IN_LINE + 8;
    case 'notice':
      return flow.heightOf(block.text, STYLES.strong, 12) + 12;
    case 'table':
      // Header and first row: a table never starts with its header alone at the foot of a page.
      return 3 * flow.lineHeight(STYLES.body) + 16;
    case 'dates-figure':
      return datesFigureKeptHeight(flow, block.figure, figureStyles(STYLES));
    default:
      return 3 * flow.lineHeight(STYLES.body);
  }
}

/** The structure element a block's text is tagged as; null for blocks that tag themselves or carry no text. */
const STRUCTURE: Partial<Record<HandoutBlock['kind'], StructureType>> = {
  title: 'H1',
  subtitle: 'P',
  notice: 'P',
  heading: 'H2',
  subheading: 'H3',
  paragraph: 'P',
};

/** What a list item's label shows, in characters, for screen readers: a box, a ticked box, a dot. */
function labelOf(block: ItemBlock): string {
  if (block.kind === 'bullet') return '•';
  return block.done ? '☑' : '☐';
}

/**
 * A list item: its box or dot, then its paragraphs. Where they carry languages (a bilingual handout), its body
 * holds one paragraph element per language, each with its /Lang.
 */
function drawItem(
  flow: PageFlow,
  STYLES: Styles,
  block: ItemBlock,
  paragraphs: readonly ItemParagraph[],
  withNext: number,
): void {
  const styleOf = (paragraph: ItemParagraph) =>
    paragraph.detail ? STYLES.detail : itemStyle(STYLES, block);
  const documentDirection = flow.direction;
  flow.keepTogether(
    paragraphs.reduce(
      (sum, paragraph) => sum + flow.heightOf(paragraph.text, styleOf(paragraph), CHECK_INDENT),
      0,
    ) + withNext,
  );
  flow.structure.openGroup('LI');
  // A box to tick for things to do; a dot for things to know.
  flow.structure.begin('Lbl', labelOf(block));
  if (block.kind === 'check-item') flow.checkBox(STYLES.body.size, 0, block.done);
  else flow.bullet(STYLES.body.size, 0);
  const bilingual = paragraphs.some((paragraph) => paragraph.side !== undefined);
  if (bilingual) flow.structure.openGroup('LBody');
  else flow.structure.begin('LBody');
  paragraphs.forEach((paragraph, index) => {
    const draw = () => {
      if (bilingual) flow.structure.begin('P');
      const keepWithNext =
        index === 0 && paragraphs.length > 1 ? flow.lineHeight(STYLES.detail) : 0;
      flow.paragraph(paragraph.text, styleOf(paragraph), {
        indent: CHECK_INDENT,
        keepWithNext,
        translation: paragraph.side?.translation ?? false,
      });
    };
    if (paragraph.side === undefined) draw();
    else inSide(flow, paragraph.side, documentDirection, draw);
  });
  flow.space(4);
  if (bilingual) flow.structure.closeGroup();
  flow.structure.closeGroup();
}

function drawBlock(
  flow: PageFlow,
  STYLES: Styles,
  block: HandoutBlock,
  next: HandoutBlock | undefined,
  options: DrawOptions = {},
): void {
  const translation = options.translation ?? false;
  const spaceAfter = (space: number) => (options.translatedBy ? 2 : space);
  const keepWithNext = heightOf(flow, STYLES, options.translatedBy);
  // A heading keeps its translation and what follows both on its page.
  const keepHeading = keepWithNext + heightOf(flow, STYLES, next);
  // A list item stays whole, with the write-in lines under it; a heading never ends a page without what follows.
  const withNext = next?.kind === 'write-in' ? heightOf(flow, STYLES, next) : 0;
  const isItem = block.kind === 'check-item' || block.kind === 'bullet';
  // Consecutive items form one list; write-in lines under an item belong to the same list.
  if (isItem && flow.structure.openGroupType !== 'L') flow.structure.openGroup('L');
  if (!isItem && block.kind !== 'write-in' && flow.structure.openGroupType === 'L')
    flow.structure.closeGroup();
  const tag = STRUCTURE[block.kind];
  if (tag) flow.structure.begin(tag);
  switch (block.kind) {
    case 'title':
      flow.paragraph(block.text, STYLES.title, {
        spaceAfter: spaceAfter(4),
        keepWithNext,
        translation,
      });
      break;
    case 'subtitle':
      flow.paragraph(block.text, STYLES.subtitle, {
        spaceAfter: spaceAfter(6),
        keepWithNext,
        translation,
      });
      break;
    case 'notice':
      flow.notice(block.text, STYLES.strong);
      break;
    case 'heading':
      if (!translation) flow.space(6);
      flow.paragraph(block.text, STYLES.heading, {
        spaceAfter: spaceAfter(4),
        keepWithNext: keepHeading,
        translation,
      });
      break;
    case 'subheading':
      flow.paragraph(block.text, STYLES.subheading, {
        spaceAfter: spaceAfter(2),
        keepWithNext: keepHeading,
        translation,
      });
      break;
    case 'table':
      flow.table(block.header, block.rows, block.fractions, STYLES.strong, STYLES.detail);
      break;
    case 'wallet-card':
      flow.walletCard(block.note, block.foldedNote, block.heading, block.lines, STYLES.body);
      break;
    case 'dates-figure':
      drawDatesFigure(flow, block.figure, figureStyles(STYLES));
      break;
    case 'write-in':
      flow.writeInLines(block.lines, CHECK_INDENT, WRITE_IN_LINE);
      break;
    case 'paragraph':
      flow.paragraph(block.text, block.strong ? STYLES.strong : STYLES.body, {
        spaceAfter: spaceAfter(8),
        keepWithNext,
        translation,
      });
      break;
    case 'check-item':
    case 'bullet':
      drawItem(
        flow,
        STYLES,
        block,
        options.paragraphs ?? [
          { text: block.text, detail: false },
          ...block.details.map((detail) => ({ text: detail, detail: true })),
        ],
        withNext,
      );
      break;
  }
  flow.structure.end();
}

/** Lays the handout out with pdf-lib and returns the PDF file's bytes. */
export async function renderHandout(
  content: HandoutContent,
  options: RenderOptions,
): Promise<RenderedHandout> {
  const doc = await PDFDocument.create();
  writeDocumentMetadata(doc, {
    title: content.documentTitle,
    language: content.language,
    createdAt: options.createdAt,
  });

  const typesetter = new Typesetter(await embedFaces(doc, options.fontsDir, handoutText(content)));
  const structure = new TaggedStructure();
  const flow = new PageFlow(doc, typesetter, options.paper, content.direction, structure);
  const styles = stylesFor(options.largePrint);
  if (content.translation)
    drawBilingual(flow, content, content.translation, (block, next, drawOptions) =>
      drawBlock(flow, styles, block, next, drawOptions),
    );
  else
    content.blocks.forEach((block, index) =>
      drawBlock(flow, styles, block, content.blocks[index + 1]),
    );
  if (structure.openGroupType === 'L') structure.closeGroup();
  flow.footers(content.footer, styles.footer);
  for (const page of flow.pages) page.finish();
  structure.finish(
    doc,
    flow.pages.map((page) => page.pdfPage),
  );
  typesetter.finish();

  return {
    bytes: await writePdf(doc),
    pageCount: flow.pages.length,
    missingCharacters: [...typesetter.missing],
  };
}
