import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { writeDocumentMetadata } from '../../../../src/main/handout/document-metadata';
import { loadPdf, xmpPacket } from '../../../support/pdf-objects';

const createdAt = new Date('2026-03-08T10:30:00Z');

async function written(title: string, language: string) {
  const doc = await PDFDocument.create();
  doc.addPage();
  writeDocumentMetadata(doc, { title, language, createdAt });
  const saved = await loadPdf(await doc.save());
  return { doc: saved, xmp: xmpPacket(saved) };
}

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const element = (xmp: string, pattern: RegExp) => {
  const match = pattern.exec(xmp);
  if (!match) throw new Error(`${pattern.source} not in the XMP packet`);
  return unescape(match[1] as string);
};

describe("the handout's XMP metadata", () => {
  it('identifies the file as PDF/UA-1 in a complete packet', async () => {
    const { xmp } = await written('Resumen de preparación para Ana', 'es');
    expect(xmp.startsWith('<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>')).toBe(true);
    expect(xmp.trimEnd().endsWith('<?xpacket end="r"?>')).toBe(true);
    expect(xmp).toContain('xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"');
    expect(element(xmp, /<pdfuaid:part>(.*?)<\/pdfuaid:part>/)).toBe('1');
  });

  it("gives the title in the handout's language and the language itself, as the Info dictionary and catalog do", async () => {
    const { doc, xmp } = await written('Resumen de preparación para Ana', 'es');
    expect(element(xmp, /<rdf:li xml:lang="x-default">(.*?)<\/rdf:li>/)).toBe(doc.getTitle());
    expect(element(xmp, /<rdf:li xml:lang="es">(.*?)<\/rdf:li>/)).toBe(
      'Resumen de preparación para Ana',
    );
    expect(element(xmp, /<dc:language><rdf:Bag><rdf:li>(.*?)<\/rdf:li>/)).toBe('es');
    expect(element(xmp, /<dc:creator><rdf:Seq><rdf:li>(.*?)<\/rdf:li>/)).toBe(doc.getAuthor());
    expect(element(xmp, /<xmp:CreatorTool>(.*?)</)).toBe(doc.getCreator());
    expect(element(xmp, /<pdf:Producer>(.*?)</)).toBe(doc.getProducer());
  });

  it('dates the file at the injected time, as the Info dictionary does, so the same handout gives the same bytes', async () => {
    const { doc, xmp } = await written('Preparation summary', 'en');
    for (const name of ['CreateDate', 'ModifyDate', 'MetadataDate'])
      expect(element(xmp, new RegExp(`<xmp:${name}>(.*?)<`))).toBe('2026-03-08T10:30:00Z');
    expect(doc.getCreationDate()?.toISOString()).toBe(createdAt.toISOString());
    expect(doc.getModificationDate()?.toISOString()).toBe(createdAt.toISOString());
    const again = await written('Preparation summary', 'en');
    expect(Buffer.from(await again.doc.save()).equals(Buffer.from(await doc.save()))).toBe(true);
  });

  it('keeps the XML well formed whatever a name holds: markup escaped, characters XML cannot carry left out', async () => {
    const { xmp } = await written(
      'Preparation summary for Ana <b>&amp;</b> "Lee"\u0000\u0007\uFFFE',
      'en',
    );
    expect(element(xmp, /<rdf:li xml:lang="x-default">(.*?)<\/rdf:li>/)).toBe(
      'Preparation summary for Ana <b>&amp;</b> "Lee"',
    );
    expect(xmp).not.toContain('<b>');
    const notInXml = (cp: number) =>
      (cp < 0x20 && ![0x09, 0x0a, 0x0d].includes(cp)) || cp === 0xfffe || cp === 0xffff;
    expect(Array.from(xmp).filter((ch) => notInXml(ch.codePointAt(0) as number))).toEqual([]);
  });
});
