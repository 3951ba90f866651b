import {
  PDFCrossRefStream,
  PDFHeader,
  PDFInvalidObject,
  PDFName,
  PDFNumber,
  PDFObject,
  PDFRef,
  PDFStream,
  PDFTrailer,
  type PDFDocument,
} from 'pdf-lib';
import { flateStream } from './flate-stream';

/** Objects packed into one object stream: more compress better together; pdf-lib packs 50. */
const OBJECTS_PER_STREAM = 100;

/**
 * An object given as the text it is written as (PDF syntax, Latin-1), e.g. `<</S/P/Pg 4 0 R/K[0 1]>>`: for the
 * many small dictionaries a document makes only to be written (its structure elements), which as pdf-lib
 * dictionaries, names and numbers cost time to build and to walk, and garbage to clear.
 */
export class PdfSyntax extends PDFObject {
  constructor(private readonly text: string) {
    super();
  }

  override clone(): this {
    return this;
  }

  override toString(): string {
    return this.text;
  }

  override sizeInBytes(): number {
    return this.text.length;
  }

  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    buffer.set(Buffer.from(this.text, 'latin1'), offset);
    return this.text.length;
  }
}

/**
 * An object as written in the file: "12 0 obj … endobj", in parts. A stream's contents (a font, a page) are one of
 * the parts as they are: pdf-lib's copyBytesInto copies them byte by byte into a buffer it has measured.
 */
function indirect(ref: PDFRef, object: PDFObject): Uint8Array[] {
  const head = `${ref.objectNumber} ${ref.generationNumber} obj\n`;
  if (object instanceof PDFStream) {
    object.updateDict(); // its Length
    return [
      Buffer.from(`${head}${object.dict.toString()}\nstream\n`, 'latin1'),
      object.getContents(),
      Buffer.from('\nendstream\nendobj\n\n', 'latin1'),
    ];
  }
  const bytes = new Uint8Array(head.length + object.sizeInBytes() + 9);
  let offset = 0;
  for (let i = 0; i < head.length; i += 1) bytes[offset++] = head.charCodeAt(i);
  offset += object.copyBytesInto(bytes, offset);
  bytes.set(Buffer.from('\nendobj\n\n', 'latin1'), offset);
  return [bytes];
}

/**
 * Objects packed into one compressed object stream (PDF 32000-1, 7.5.7), as pdf-lib's PDFObjectStream writes
 * them, but each object's text made once (toString, which gives the bytes copyBytesInto would) and its offset
 * taken from it: pdf-lib walks every object twice, once to measure it and once to copy it.
 */
function objectStream(
  objects: ReadonlyArray<[PDFRef, PDFObject]>,
  context: PDFDocument['context'],
): PDFStream {
  let offsets = '';
  let body = '';
  for (const [ref, object] of objects) {
    offsets += `${ref.objectNumber} ${body.length} `;
    body += `${object.toString()}\n`;
  }
  const dict = context.obj({ Type: 'ObjStm', N: objects.length, First: offsets.length });
  return flateStream(dict, Buffer.from(offsets + body, 'latin1'));
}

/**
 * The document's bytes, as pdf-lib's save with object streams writes them (PDF 1.7, objects other than streams
 * packed into compressed object streams, a compressed cross-reference stream), but compressed by Node's zlib in
 * place of pdf-lib's pako (flateStream). Streams are written as they are: page contents (PageContent) and fonts
 * were compressed when they were made.
 */
export async function writePdf(doc: PDFDocument): Promise<Uint8Array> {
  // What save does first: fonts, images and pages pdf-lib embeds itself are written out now (the handout has none).
  await doc.flush();
  const context = doc.context;
  const streams: Array<[PDFRef, PDFObject]> = [];
  const packed: Array<[PDFRef, PDFObject]> = [];
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    if (
      object instanceof PDFStream ||
      object instanceof PDFInvalidObject ||
      ref.generationNumber !== 0
    )
      streams.push([ref, object]);
    else packed.push([ref, object]);
  }

  let nextNumber = context.largestObjectNumber + 1;
  const { Root, Encrypt, Info, ID } = context.trailerInfo;
  const xref = PDFCrossRefStream.create(context.obj({ Root, Encrypt, Info, ID }), false);
  const parts: Uint8Array[] = [];
  let size = 0;
  const write = (...written: Uint8Array[]) => {
    for (const bytes of written) {
      parts.push(bytes);
      size += bytes.length;
    }
  };
  const header = PDFHeader.forVersion(1, 7);
  const headerBytes = new Uint8Array(header.sizeInBytes() + 2).fill(0x0a);
  header.copyBytesInto(headerBytes, 0);
  write(headerBytes);

  // The cross-reference stream takes its entries in the order of their object numbers (its Index says where
  // numbers skip), so they are gathered first and added sorted.
  const entries: Array<{ number: number; add: () => void }> = [];
  for (const [ref, object] of streams) {
    const offset = size;
    entries.push({ number: ref.objectNumber, add: () => xref.addUncompressedEntry(ref, offset) });
    write(...indirect(ref, object));
  }
  for (let start = 0; start < packed.length; start += OBJECTS_PER_STREAM) {
    const chunk = packed.slice(start, start + OBJECTS_PER_STREAM);
    const streamRef = PDFRef.of(nextNumber++);
    chunk.forEach(([ref], index) =>
      entries.push({
        number: ref.objectNumber,
        add: () => xref.addCompressedEntry(ref, streamRef, index),
      }),
    );
    const offset = size;
    entries.push({
      number: streamRef.objectNumber,
      add: () => xref.addUncompressedEntry(streamRef, offset),
    });
    write(...indirect(streamRef, objectStream(chunk, context)));
  }
  for (const { add } of entries.sort((a, b) => a.number - b.number)) add();
  const xrefRef = PDFRef.of(nextNumber++);
  const xrefOffset = size;
  xref.addUncompressedEntry(xrefRef, xrefOffset);
  xref.dict.set(PDFName.of('Size'), PDFNumber.of(nextNumber));
  xref.updateDict();
  write(...indirect(xrefRef, flateStream(xref.dict, xref.getUnencodedContents())));
  const trailer = PDFTrailer.forLastCrossRefSectionOffset(xrefOffset);
  const trailerBytes = new Uint8Array(trailer.sizeInBytes());
  trailer.copyBytesInto(trailerBytes, 0);
  write(trailerBytes);
  return Buffer.concat(parts);
}
