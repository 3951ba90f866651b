import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { PageContent } from '../../../../../src/main/handout/typeset/page-content';
import { TaggedStructure } from '../../../../../src/main/handout/typeset/tagged-structure';
import {
  allNodes,
  attributeOf,
  loadPdf,
  markedContent,
  ownersInParentTree,
  ownersInTree,
  pageContents,
  structureTree,
} from '../../../../support/pdf-objects';

const line = (page: PageContent, y: number) => page.line([10, y], [100, y], { width: 1, grey: 0 });

async function written(build: (structure: TaggedStructure, pages: PageContent[]) => void) {
  const doc = await PDFDocument.create();
  const pages = [new PageContent(doc.addPage()), new PageContent(doc.addPage())];
  const structure = new TaggedStructure();
  build(structure, pages);
  for (const page of pages) page.finish();
  structure.finish(
    doc,
    pages.map((page) => page.pdfPage),
  );
  const saved = await loadPdf(await doc.save());
  return {
    marks: pageContents(saved).map(markedContent),
    tree: structureTree(saved),
    parentTree: ownersInParentTree(saved),
  };
}

describe('TaggedStructure', () => {
  it('marks an element on the page its content is drawn on, not on the page it was begun on', async () => {
    // Begun at the foot of the first page, the paragraph's first line moved to the second.
    const { marks } = await written((structure, [, second]) => {
      structure.begin('P');
      structure.pageBreak();
      structure.content(second as PageContent);
      line(second as PageContent, 50);
      structure.end();
    });
    expect(marks[0]).toEqual([]);
    expect(marks[1]?.map((mark) => [mark.tag, mark.mcid])).toEqual([['P', 0]]);
  });

  it('leaves out of the element what is drawn as an artifact, and marks it again after', async () => {
    const { marks, tree } = await written((structure, [page]) => {
      structure.begin('P');
      structure.artifact(page as PageContent, () => {
        structure.content(page as PageContent);
        line(page as PageContent, 10);
      });
      structure.content(page as PageContent);
      line(page as PageContent, 20);
      structure.end();
    });
    expect(marks[0]?.map((mark) => [mark.tag, mark.mcid])).toEqual([
      ['Artifact', undefined],
      ['P', 0],
    ]);
    expect(allNodes(tree).find((node) => node.type === 'P')?.mcids).toEqual([0]);
  });

  it('names the page of each piece of an element continued on the next page, in the tree and the ParentTree', async () => {
    const { tree, parentTree } = await written((structure, [first, second]) => {
      structure.begin('H1');
      structure.content(first as PageContent);
      line(first as PageContent, 80);
      structure.begin('P');
      for (const page of [first, second, second] as PageContent[]) {
        structure.content(page);
        line(page, 60);
        structure.pageBreak();
      }
      structure.end();
    });
    const paragraph = allNodes(tree).find((node) => node.type === 'P');
    expect(paragraph?.mcids).toEqual([1, 0, 1]);
    expect(paragraph?.pages).toEqual([0, 1, 1]);
    expect(parentTree).toEqual(ownersInTree(tree));
    expect(parentTree).toHaveLength(4);
  });

  it("gives header cells the scope of their column in a table's first row, and of their row elsewhere", async () => {
    const { tree } = await written((structure, [page]) => {
      structure.openGroup('Table');
      for (const cells of [
        ['TH', 'TH'],
        ['TH', 'TD'],
      ] as const) {
        structure.openGroup('TR');
        for (const cell of cells) {
          structure.begin(cell);
          structure.content(page as PageContent);
          line(page as PageContent, 30);
        }
        structure.closeGroup();
      }
      structure.closeGroup();
    });
    const rows = allNodes(tree).filter((node) => node.type === 'TR');
    expect(
      rows.map((row) =>
        row.kids.map((cell) => `${cell.type}:${attributeOf(cell, 'Table', 'Scope') ?? '-'}`),
      ),
    ).toEqual([
      ['TH:Column', 'TH:Column'],
      ['TH:Row', 'TD:-'],
    ]);
  });
});
