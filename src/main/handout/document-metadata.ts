import { PDFName, type PDFDocument } from 'pdf-lib';

const APP_NAME = 'Gene Therapy Companion';
const PRODUCER = `${APP_NAME} (pdf-lib)`;

export interface DocumentMetadata {
  /** Already safe to show: in a kiosk it names no patient (see documentTitle in handout-content.ts). */
  title: string;
  /** BCP 47 tag of the handout's language. */
  language: string;
  /** Injected, so the same handout gives the same bytes. */
  createdAt: Date;
}

/** Characters XML 1.0 cannot carry at all (C0 controls but tab and line ends, U+FFFE, U+FFFF, lone surrogates). */
const NOT_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const XML_ESCAPES = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
]);

function xmlText(text: string): string {
  return text.replace(NOT_IN_XML, '').replace(/[&<>"]/g, (ch) => XML_ESCAPES.get(ch) ?? ch);
}

/** The Info dictionary's dates have whole seconds; XMP gives the same instant in the same precision. */
function xmpDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The XMP packet PDF/UA-1 asks for (ISO 14289-1, 5 and 7.1): the PDF/UA identification, and the title,
 * language, tool and dates that the Info dictionary also holds, with the same values.
 */
function xmpPacket({ title, language, createdAt }: DocumentMetadata): string {
  const date = xmpDate(createdAt);
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdfuaid:part>1</pdfuaid:part>
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(title)}</rdf:li><rdf:li xml:lang="${xmlText(language)}">${xmlText(title)}</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>${xmlText(language)}</rdf:li></rdf:Bag></dc:language>
   <dc:creator><rdf:Seq><rdf:li>${APP_NAME}</rdf:li></rdf:Seq></dc:creator>
   <xmp:CreatorTool>${APP_NAME}</xmp:CreatorTool>
   <xmp:CreateDate>${date}</xmp:CreateDate>
   <xmp:ModifyDate>${date}</xmp:ModifyDate>
   <xmp:MetadataDate>${date}</xmp:MetadataDate>
   <pdf:Producer>${PRODUCER}</pdf:Producer>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>`;
}

/**
 * Writes what the document is, once in the Info dictionary and once as XMP metadata, from the same values so
 * checkers find them consistent. The window shows the title rather than the file name (PDF/UA-1, 7.1).
 */
export function writeDocumentMetadata(doc: PDFDocument, metadata: DocumentMetadata): void {
  doc.setTitle(metadata.title, { showInWindowTitleBar: true });
  doc.setLanguage(metadata.language);
  doc.setAuthor(APP_NAME);
  doc.setCreator(APP_NAME);
  doc.setProducer(PRODUCER);
  doc.setCreationDate(metadata.createdAt);
  doc.setModificationDate(metadata.createdAt);
  // Left unfiltered (ISO 16684-1 recommends it), so tools that scan for the packet find it.
  const stream = doc.context.stream(new TextEncoder().encode(xmpPacket(metadata)), {
    Type: 'Metadata',
    Subtype: 'XML',
  });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}
