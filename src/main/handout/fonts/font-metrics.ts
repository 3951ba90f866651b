import type { Face } from 'harfbuzzjs';

/** What is read of a font file: its tables by tag and its names, as HarfBuzz's face gives them. */
export type FontTables = Pick<Face, 'referenceTable' | 'getName'>;

/** What a PDF font descriptor says of a font (ISO 32000-1, 9.8), in font units, and its PostScript name. */
export interface FontMetrics {
  postscriptName: string;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  italicAngle: number;
  ascent: number;
  descent: number;
  /** The height of capital letters; the ascent for a font that does not say (OS/2 before version 2). */
  capHeight: number;
}

/**
 * A table's bytes, copied out of HarfBuzz's WebAssembly memory: HarfBuzz gives a view into that memory, and the next
 * call that makes it grow (another table, a name) detaches the view.
 */
function copiedTable(tables: FontTables, tag: string): DataView | null {
  const bytes = tables.referenceTable(tag)?.slice();
  return bytes ? new DataView(bytes.buffer) : null;
}

function table(tables: FontTables, tag: string, minLength: number): DataView {
  const bytes = copiedTable(tables, tag);
  if (!bytes || bytes.byteLength < minLength)
    throw new Error(`The font has no ${tag} table, or a short one.`);
  return bytes;
}

/** Reads the metrics from the head, hhea, post and OS/2 tables (the OpenType specification's offsets) and the name table. */
export function readFontMetrics(tables: FontTables): FontMetrics {
  const head = table(tables, 'head', 54);
  const hhea = table(tables, 'hhea', 36);
  const post = table(tables, 'post', 8);
  const os2 = copiedTable(tables, 'OS/2');
  // Name ID 6; HarfBuzz picks the record for the language asked, else the font's default.
  const postscriptName = tables.getName(6, 'en');
  if (postscriptName === '') throw new Error('The font has no PostScript name (name ID 6).');
  const ascent = hhea.getInt16(4);
  const capHeight = os2 && os2.byteLength >= 90 ? os2.getInt16(88) : 0;
  return {
    postscriptName,
    bbox: {
      minX: head.getInt16(36),
      minY: head.getInt16(38),
      maxX: head.getInt16(40),
      maxY: head.getInt16(42),
    },
    // A 16.16 fixed-point number.
    italicAngle: post.getInt32(4) / 65536,
    ascent,
    descent: hhea.getInt16(6),
    capHeight: capHeight || ascent,
  };
}
