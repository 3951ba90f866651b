import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHandoutCommand } from '../../../../src/cli/handout-command';
import {
  allNodes,
  attributeOf,
  drawsSomething,
  loadPdf,
  markedContent,
  ownersInParentTree,
  ownersInTree,
  pageContents,
  structureTree,
  xmpPacket,
} from '../../../support/pdf-objects';
import { makeTempDir } from '../../../support/temp-dir';

let dir: string;
let cleanup: () => void;
let file: string;
beforeAll(async () => {
  ({ dir, cleanup } = makeTempDir());
  file = path.join(dir, 'handout.pdf');
  const result = await runHandoutCommand(
    ['--input', path.resolve('resources/handout-examples/example-car-t.json'), '--out', file],
    path.resolve('.'),
  );
  if (result.code !== 0) throw new Error(result.messages.join('\n'));
});
afterAll(() => cleanup());

describe('the handout as a tagged PDF', () => {
  it('declares itself tagged, with a structure tree and a language', async () => {
    const doc = await PDFDocument.load(new Uint8Array(readFileSync(file)));
    expect(String(doc.catalog.get(PDFName.of('MarkInfo')))).toContain('/Marked true');
    expect(doc.catalog.get(PDFName.of('StructTreeRoot'))).toBeDefined();
    expect(String(doc.catalog.get(PDFName.of('Lang')))).toContain('en');
  });

  it('gives screen readers headings, paragraphs, lists and tables, in reading order', () => {
    const structure = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
    // An element with attributes (a header cell's scope) is listed as "TH:", its attributes under it.
    const types = new Set(
      [...structure.matchAll(/^\s*(\w+)(?: \(block\))?:?$/gm)].map((m) => m[1]),
    );
    for (const type of ['Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Table', 'TR', 'TH', 'TD'])
      expect(types, type).toContain(type);
    expect(structure).toMatch(/H1 \(block\)\n\s+"Getting ready for gene therapy/);
    expect(structure.indexOf('Tests to complete')).toBeLessThan(
      structure.indexOf('Questions to ask your care team'),
    );
    // Words on either side of a line break stay apart.
    expect(structure).toContain('It is not a consent form.');
  });

  it('keeps footers out of the structure (they are drawn as artifacts)', () => {
    const structure = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
    expect(structure).not.toMatch(/page\s+\d+\s+of\s+\d+/);
    // The footer is still printed on the page.
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toMatch(
      /page\s+1\s+of\s+\d+/,
    );
  });
});

describe('the handout against PDF/UA-1 (ISO 14289-1) checks', () => {
  it('identifies itself as PDF/UA-1 in XMP metadata, with its title and language', async () => {
    const doc = await loadPdf(new Uint8Array(readFileSync(file)));
    const xmp = xmpPacket(doc);
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toContain(
      `<rdf:li xml:lang="x-default">${doc.getTitle() ?? '(no title)'}</rdf:li>`,
    );
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>en</rdf:li></rdf:Bag></dc:language>');
  });

  it('marks content only where something is drawn: no empty marked-content sequence', async () => {
    const doc = await loadPdf(new Uint8Array(readFileSync(file)));
    const pieces = pageContents(doc)
      .flatMap(markedContent)
      .filter((piece) => piece.mcid !== undefined);
    expect(pieces.length).toBeGreaterThan(50);
    expect(
      pieces
        .filter((piece) => !drawsSomething(piece.body))
        .map((piece) => `${piece.tag} ${piece.mcid ?? ''}`),
    ).toEqual([]);
  });

  it("names each piece of marked content's element, page by page, alike in the tree and the ParentTree", async () => {
    const doc = await loadPdf(new Uint8Array(readFileSync(file)));
    const inTree = ownersInTree(structureTree(doc));
    // Every piece marked on a page is named once by the tree, on that page…
    expect(inTree.map((owner) => owner.split(' → ')[0])).toEqual(
      pageContents(doc)
        .flatMap((content, page) =>
          markedContent(content)
            .filter((piece) => piece.mcid !== undefined)
            .map((piece) => `${page} ${piece.mcid}`),
        )
        .sort(),
    );
    // …and the ParentTree, which readers follow from the page to the tree, names the same element for it.
    expect(ownersInParentTree(doc)).toEqual(inTree);
  });

  it('gives every table header cell a scope: the header row heads its columns', async () => {
    const headers = allNodes(
      structureTree(await loadPdf(new Uint8Array(readFileSync(file)))),
    ).filter((node) => node.type === 'TH');
    expect(headers.length).toBeGreaterThan(0);
    for (const header of headers) expect(attributeOf(header, 'Table', 'Scope')).toBe('Column');
  });

  it('gives every list item a label (its box or dot, readable as text) and a body', async () => {
    const items = allNodes(structureTree(await loadPdf(new Uint8Array(readFileSync(file))))).filter(
      (node) => node.type === 'LI',
    );
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) {
      expect(item.kids.map((kid) => kid.type)).toEqual(['Lbl', 'LBody']);
      expect(['☐', '☑', '•']).toContain(item.kids[0]?.actualText);
      expect(item.kids[0]?.mcids.length).toBeGreaterThan(0);
      expect(item.kids[1]?.mcids.length).toBeGreaterThan(0);
    }
    // A test already done carries a ticked box.
    expect(items.some((item) => item.kids[0]?.actualText === '☑')).toBe(true);
  });

  it('tags the wallet card heading as a heading, and never skips a heading level', async () => {
    const structure = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
    expect(structure).toMatch(/H2 \(block\)\n\s+"I have had gene therapy/);
    const levels = allNodes(structureTree(await loadPdf(new Uint8Array(readFileSync(file)))))
      .map((node) => /^H(\d)$/.exec(node.type)?.[1])
      .filter((level): level is string => level !== undefined)
      .map(Number);
    expect(levels[0]).toBe(1);
    levels.forEach((level, index) =>
      expect(level, `heading ${index}`).toBeLessThanOrEqual((levels[index - 1] ?? 0) + 1),
    );
  });
});
