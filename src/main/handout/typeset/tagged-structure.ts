import { PDFArray, PDFDict, PDFName, PDFNumber, PDFOperator, PDFOperatorNames, type PDFDocument, type PDFPage, type PDFRef } from 'pdf-lib';

/** Structure types used by the handout (PDF 1.7 standard structure types). */
export type StructureType = 'H1' | 'H2' | 'H3' | 'P' | 'L' | 'LI' | 'Table' | 'TR' | 'TH' | 'TD' | 'Div';

interface Element {
  type: StructureType;
  parent: number | null;
  kids: number[];
  /** Marked-content pieces of this element, page by page. */
  marks: Array<{ page: PDFPage; mcid: number }>;
}

/**
 * Records the handout's logical structure while it is drawn and writes it as a tagged PDF: headings, paragraphs,
 * lists and tables a screen reader can follow, and decorations and footers marked as artifacts. pdf-lib has no
 * tagging API; this uses its low-level objects (marked-content operators, StructTreeRoot, ParentTree).
 */
export class TaggedStructure {
  private readonly elements: Element[] = [];
  private readonly groups: number[] = [];
  private readonly nextMcid = new Map<PDFPage, number>();
  private leaf: { element: number; page: PDFPage } | null = null;

  private mark(element: number, page: PDFPage): void {
    const mcid = this.nextMcid.get(page) ?? 0;
    this.nextMcid.set(page, mcid + 1);
    const type = (this.elements[element] as Element).type;
    const properties = PDFDict.withContext(page.doc.context);
    properties.set(PDFName.of('MCID'), PDFNumber.of(mcid));
    // pdf-lib types operator arguments narrowly; a property dictionary is valid here (PDF 32000-1, 14.6).
    page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of(type), properties as unknown as PDFName]));
    (this.elements[element] as Element).marks.push({ page, mcid });
    this.leaf = { element, page };
  }

  private add(type: StructureType): number {
    const parent = this.groups.at(-1) ?? null;
    this.elements.push({ type, parent, kids: [], marks: [] });
    const index = this.elements.length - 1;
    if (parent !== null) (this.elements[parent] as Element).kids.push(index);
    return index;
  }

  /** Starts an element whose content is drawn next, on `page`; gives its number, for resume(). */
  begin(type: StructureType, page: PDFPage): number {
    this.end();
    const element = this.add(type);
    this.mark(element, page);
    return element;
  }

  /** Goes on with an element begun earlier (a table cell continued on the next page): it stays one element. */
  resume(element: number, page: PDFPage): void {
    this.end();
    this.mark(element, page);
  }

  /** Ends the element being drawn. */
  end(): void {
    if (!this.leaf) return;
    this.leaf.page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
    this.leaf = null;
  }

  /** Content that continues onto a new page stays the same element. */
  pageBreak(next: PDFPage): void {
    if (!this.leaf) return;
    const { element } = this.leaf;
    this.end();
    this.mark(element, next);
  }

  /** Elements that only contain others: a list, a table, a row. */
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
    return group === undefined ? undefined : (this.elements[group] as Element).type;
  }

  /** Draws something that carries no meaning (rules, boxes, footers) as an artifact, outside the structure. */
  artifact(page: PDFPage, draw: () => void): void {
    const open = this.leaf;
    if (open) this.end();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of('Artifact')]));
    draw();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
    if (open) this.mark(open.element, page);
  }

  /** Writes the structure tree into the document. */
  finish(doc: PDFDocument, pages: readonly PDFPage[]): void {
    this.end();
    const context = doc.context;
    const rootRef = context.nextRef();
    const documentRef = context.nextRef();
    const refs: PDFRef[] = this.elements.map(() => context.nextRef());
    const parentOf = (index: number) => {
      const parent = (this.elements[index] as Element).parent;
      return parent === null ? documentRef : (refs[parent] as PDFRef);
    };
    this.elements.forEach((element, index) => {
      const kids = [
        ...element.kids.map((kid) => refs[kid] as PDFRef),
        ...element.marks.map(({ page, mcid }) => context.obj({ Type: 'MCR', Pg: page.ref, MCID: mcid })),
      ];
      context.assign(refs[index] as PDFRef, context.obj({ Type: 'StructElem', S: element.type, P: parentOf(index), K: kids }));
    });
    const topLevel = this.elements.map((element, index) => (element.parent === null ? (refs[index] as PDFRef) : null)).filter((ref): ref is PDFRef => ref !== null);
    context.assign(documentRef, context.obj({ Type: 'StructElem', S: 'Document', P: rootRef, K: topLevel }));

    const nums = PDFArray.withContext(context);
    pages.forEach((page, pageIndex) => {
      page.node.set(PDFName.of('StructParents'), PDFNumber.of(pageIndex));
      const owners: PDFRef[] = [];
      this.elements.forEach((element, index) => {
        for (const mark of element.marks) if (mark.page === page) owners[mark.mcid] = refs[index] as PDFRef;
      });
      nums.push(PDFNumber.of(pageIndex));
      nums.push(context.obj(owners));
    });
    const parentTree = context.register(context.obj({ Nums: nums }));
    context.assign(rootRef, context.obj({ Type: 'StructTreeRoot', K: documentRef, ParentTree: parentTree, ParentTreeNextKey: pages.length }));
    doc.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
    doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  }
}
