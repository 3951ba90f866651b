import { deflateSync } from 'node:zlib';
import { PDFName, PDFRawStream, type PDFDict } from 'pdf-lib';

/**
 * A stream of `contents` compressed by Node's zlib, under `dict` (which gains the filter). pdf-lib's own
 * compression (pako, in JavaScript) took a tenth of a handout's time and made much of the garbage the collector
 * then cleared.
 */
export function flateStream(dict: PDFDict, contents: Uint8Array): PDFRawStream {
  dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
  return PDFRawStream.of(dict, deflateSync(contents));
}
