import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { PageContent } from '../../../../src/main/handout/typeset/page-content';
import { PdfSyntax, writePdf } from '../../../../src/main/handout/write-pdf';
import { makeTempDir } from '../../../support/temp-dir';

let cleanup = () => {};
afterEach(() => cleanup());

/**
 * Three pages of drawing and 250 small objects: more than two object streams' worth; and 70 kB of data before
 * them, so their offsets take three bytes in the cross-reference stream. Without pdf-lib's creation and
 * modification dates, which are the clock's: two samples a second apart would differ.
 */
async function sample(): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle('Sample');
  for (let page = 0; page < 3; page += 1) {
    const content = new PageContent(doc.addPage([612, 792]));
    content.rectangle(50 + page, 50, 100, 40, { stroke: { width: 1, grey: 0 } });
    content.finish();
  }
  // Every other one given as its text, as the structure elements are.
  const items = Array.from({ length: 250 }, (_, i) =>
    doc.context.register(
      i % 2 === 0
        ? doc.context.obj({ Type: 'Sample', Index: i })
        : new PdfSyntax(`<</Type/Sample/Index ${i}>>`),
    ),
  );
  doc.catalog.set(PDFName.of('Samples'), doc.context.obj(items));
  doc.catalog.set(
    PDFName.of('Data'),
    doc.context.register(doc.context.stream(new Uint8Array(70_000).fill(0x20))),
  );
  return doc;
}

describe('writePdf', () => {
  it('writes a file qpdf finds sound, with every object and page read back as written', async () => {
    const bytes = await writePdf(await sample());
    const temp = makeTempDir();
    cleanup = temp.cleanup;
    const file = path.join(temp.dir, 'sample.pdf');
    writeFileSync(file, bytes);
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toContain(
      'No syntax or stream encoding errors',
    );

    const read = await PDFDocument.load(bytes);
    expect(read.getPageCount()).toBe(3);
    expect(read.getTitle()).toBe('Sample');
    const samples = read.catalog.lookup(PDFName.of('Samples'), PDFArray);
    expect(samples.size()).toBe(250);
    // Each object is found where the object streams say it is.
    for (let i = 0; i < 250; i += 1)
      expect(String(samples.lookup(i, PDFDict).get(PDFName.of('Index')))).toBe(String(i));
    // Page contents are compressed, and inflate to the drawing.
    const contents = read.getPages()[2]?.node.Contents();
    const streams =
      contents instanceof PDFArray
        ? contents.asArray().map((ref) => read.context.lookup(ref))
        : [contents];
    const drawing = streams.map((stream) => {
      expect(stream).toBeInstanceOf(PDFRawStream);
      expect((stream as PDFRawStream).dict.get(PDFName.of('Filter'))).toBe(
        PDFName.of('FlateDecode'),
      );
      return inflateSync((stream as PDFRawStream).getContents()).toString('latin1');
    });
    expect(drawing.join('\n')).toContain('52 50 100 40 re');
  });

  it('packs objects other than streams into compressed object streams', async () => {
    const text = Buffer.from(await writePdf(await sample())).toString('latin1');
    // 250 samples and the document's own dictionaries: three streams of at most 100 objects, each compressed.
    const objectStreams = [...text.matchAll(/<<[^>]*\/Type \/ObjStm[^>]*>>/g)].map(
      ([dict]) => dict,
    );
    expect(objectStreams.length).toBe(3);
    for (const dict of objectStreams) expect(dict).toContain('/Filter /FlateDecode');
    expect(text).not.toMatch(/\/Type \/Sample/);
  });

  it('gives the same bytes for the same document', async () => {
    expect(
      Buffer.from(await writePdf(await sample())).equals(
        Buffer.from(await writePdf(await sample())),
      ),
    ).toBe(true);
  });
});
