import {
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFString,
  type PDFDocument,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import { PdfSyntax } from '../write-pdf';
import type { PageContent } from './page-content';

/** Structure types used by the handout (PDF 1.7 standard structure types). */
export type StructureType =
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Div'
  | 'Figure';

interface Element {
  type: StructureType;
  parent: number | null;
  kids: number[];
  /** Marked-content pieces of this element, page by page. */
  marks: Array<{ page: PDFPage; mcid: number }>;
  /** What the element stands for when its content is not text (a list item's box or dot). */
  actualText?: string;
  /** A figure's text alternative (/Alt), which screen readers read instead of its drawing. */
  alt?: string;
  /** Its language (/Lang) where it differs from the document's or must be said: each half of a bilingual handout. */
  lang?: string;
}

/** Text as a PDF text string (PDF 32000-1, 7.9.2.2), as the content's /ActualText spans write it (glyph-run.ts). */
const textString = (text: string) => PDFHexString.fromText(text).toString();

/**
 * Records the handout's logical structure while it is drawn and writes it as a tagged PDF: headings, paragraphs,
 * lists and tables a screen reader can follow, and decorations and footers marked as artifacts. pdf-lib has no
 * tagging API; this writes the marked content into the page's content and the tree with its low-level objects
 * (StructTreeRoot, ParentTree).
 *
 * An element is marked where its content is drawn (content()), not where it begins: an element begun just
 * before a page break, or whose first drawing is an artifact, would otherwise leave an empty marked-content
 * piece behind, which checkers report and screen readers announce as blank.
 */
export class TaggedStructure {
  private readonly elements: Element[] = [];
  private readonly groups: number[] = [];
  private readonly nextMcid = new Map<PDFPage, number>();
  /** The element being drawn, and the page its marked content is open on (null until something is drawn). */
  private leaf: { element: number; markedOn: PageContent | null } | null = null;
  private inArtifact = false;
  /** The language of the elements begun from now on (/Lang), or null for the document's. */
  language: string | null = null;

  private element(index: number): Element {
    return this.elements[index] as Element;
  }

  private closeMark(): void {
    if (!this.leaf?.markedOn) return;
    this.leaf.markedOn.append('EMC');
    this.leaf.markedOn = null;
  }

  private add(type: StructureType, actualText?: string): number {
    const parent = this.groups.at(-1) ?? null;
    this.elements.push({
      type,
      parent,
      kids: [],
      marks: [],
      ...(actualText === undefined ? {} : { actualText }),
      ...(this.language === null ? {} : { lang: this.language }),
    });
    const index = this.elements.length - 1;
    if (parent !== null) this.element(parent).kids.push(index);
    return index;
  }

  /** Starts an element whose content is drawn next; gives its number, for resume(). */
  begin(type: StructureType, actualText?: string): number {
    this.end();
    const element = this.add(type, actualText);
    this.leaf = { element, markedOn: null };
    return element;
  }

  /** Starts a figure whose drawing comes next: lines, marks and words, read as `alt` (PDF/UA: every Figure has /Alt). */
  beginFigure(alt: string): void {
    this.element(this.begin('Figure')).alt = alt;
  }

  /** Goes on with an element begun earlier (a table cell continued on the next page): it stays one element. */
  resume(element: number): void {
    this.end();
    this.leaf = { element, markedOn: null };
  }

  /** What is drawn next on `page` belongs to the element being drawn: its marked content opens here if not yet. */
  content(page: PageContent): void {
    if (!this.leaf || this.inArtifact || this.leaf.markedOn === page) return;
    this.closeMark();
    const mcid = this.nextMcid.get(page.pdfPage) ?? 0;
    this.nextMcid.set(page.pdfPage, mcid + 1);
    const element = this.element(this.leaf.element);
    page.append(`/${element.type} <</MCID ${mcid}>> BDC`);
    element.marks.push({ page: page.pdfPage, mcid });
    this.leaf.markedOn = page;
  }

  /** Ends the element being drawn. */
  end(): void {
    this.closeMark();
    this.leaf = null;
  }

  /** A page ends: the element being drawn goes on, marked again where its content continues. */
  pageBreak(): void {
    this.closeMark();
  }

  /** Elements that only contain others: a list, a list item, a table, a row. */
  openGroup(type: StructureType): void {
    this.end();
    this.groups.push(this.add(type));
  }

  closeGroup(): void {
    this.end();
    this.groups.pop();
  }

  get openGroupType(): StructureType | undefined {
    const group = this.groups.at(-1);
    return group === undefined ? undefined : this.element(group).type;
  }

  /** Draws something that carries no meaning (rules, boxes, footers) as an artifact, outside the structure. */
  artifact(page: PageContent, draw: () => void): void {
    this.closeMark();
    page.append('/Artifact BMC');
    this.inArtifact = true;
    draw();
    this.inArtifact = false;
    page.append('EMC');
  }

  /**
   * A header cell heads its column when it is in its table's first row, and its row otherwise (ISO 14289-1,
   * 7.5: every TH has a Scope).
   */
  private scopeOf(index: number): 'Column' | 'Row' {
    const row = this.element(index).parent;
    const table = row === null ? null : this.element(row).parent;
    return table !== null && this.element(table).kids[0] === row ? 'Column' : 'Row';
  }

  /**
   * An element as written: its marked content on one page as MCIDs under the element's /Pg, and an MCR
   * dictionary only for a piece on another page (an element continued across a page break; PDF 32000-1,
   * 14.7.4.2). Written as text: a handout has hundreds of elements, and pdf-lib objects for each cost more to
   * build and to write than the rest of the tree.
   */
  private syntaxOf(index: number, refs: readonly PDFRef[], documentRef: PDFRef): string {
    const element = this.element(index);
    const page = element.marks[0]?.page;
    const kids = [
      ...element.kids.map((kid) => (refs[kid] as PDFRef).toString()),
      ...element.marks.map((mark) =>
        mark.page === page
          ? `${mark.mcid}`
          : `<</Type/MCR/Pg ${mark.page.ref.toString()}/MCID ${mark.mcid}>>`,
      ),
    ];
    const parent = element.parent === null ? documentRef : (refs[element.parent] as PDFRef);
    let text = `<</Type/StructElem/S/${element.type}/P ${parent.toString()}`;
    if (page) text += `/Pg ${page.ref.toString()}`;
    text += `/K[${kids.join(' ')}]`;
    if (element.type === 'TH') text += `/A<</O/Table/Scope/${this.scopeOf(index)}>>`;
    if (element.actualText !== undefined) text += `/ActualText${textString(element.actualText)}`;
    if (element.alt !== undefined) text += `/Alt${textString(element.alt)}`;
    if (element.lang !== undefined) text += `/Lang${PDFString.of(element.lang).toString()}`;
    return `${text}>>`;
  }

  /** Writes the structure tree into the document. */
  finish(doc: PDFDocument, pages: readonly PDFPage[]): void {
    this.end();
    const context = doc.context;
    const rootRef = context.nextRef();
    const documentRef = context.nextRef();
    const refs: PDFRef[] = this.elements.map(() => context.nextRef());
    // Each page's ParentTree array: the element of each of its MCIDs, in order (MCIDs count up from 0 per page).
    const owners = new Map(pages.map((page) => [page, [] as PDFRef[]]));
    const topLevel: PDFRef[] = [];
    this.elements.forEach((element, index) => {
      const ref = refs[index] as PDFRef;
      context.assign(ref, new PdfSyntax(this.syntaxOf(index, refs, documentRef)));
      if (element.parent === null) topLevel.push(ref);
      for (const { page, mcid } of element.marks) {
        const owned = owners.get(page);
        if (!owned) throw new Error('marked content on a page the document does not have');
        owned[mcid] = ref;
      }
    });
    context.assign(
      documentRef,
      context.obj({ Type: 'StructElem', S: 'Document', P: rootRef, K: topLevel }),
    );

    const nums = pages.map((page, pageIndex) => {
      page.node.set(PDFName.of('StructParents'), PDFNumber.of(pageIndex));
      return `${pageIndex}[${(owners.get(page) as PDFRef[]).join(' ')}]`;
    });
    const parentTree = context.register(new PdfSyntax(`<</Nums[${nums.join(' ')}]>>`));
    context.assign(
      rootRef,
      context.obj({
        Type: 'StructTreeRoot',
        K: documentRef,
        ParentTree: parentTree,
        ParentTreeNextKey: pages.length,
      }),
    );
    doc.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
    doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  }
}
