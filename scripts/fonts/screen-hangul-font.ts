import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Chromium's font sanitizer (OTS) refuses NanumGothic.ttf as Debian ships it ("TSI3: zero-length table"), so the
 * screens cannot load the file the handout prints Hangul with. This makes the screens' copy: the same glyphs,
 * character map and metrics, without the tables only Microsoft's hinting editor (VTT) reads. The SIL Open Font
 * License reserves the names "Nanum" and "NanumGothic" for the unmodified font, so the copy is named GTC Hangul.
 */
export const SCREEN_HANGUL_FONT = 'GTCHangul-Regular.ttf';

/** The hinting editor's source tables: nothing draws with them. */
const DROPPED = new Set(['TSI0', 'TSI1', 'TSI2', 'TSI3', 'TSI5']);

/** The records that name the font: family, unique id, full name, PostScript name, typographic family and style, CID name. */
const NEW_NAMES = new Map<number, string>([
  [1, 'GTC Hangul'],
  [3, 'GTC Hangul Regular, made from NanumGothic (Debian fonts-nanum 20200506)'],
  [4, 'GTC Hangul Regular'],
  [6, 'GTCHangul-Regular'],
  [16, 'GTC Hangul'],
  [17, 'Regular'],
  [20, 'GTCHangul-KSCpc-EUC-H'],
]);

interface Table {
  tag: string;
  data: Uint8Array;
}

function readTables(font: Uint8Array): Table[] {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  return Array.from({ length: view.getUint16(4) }, (_, i) => {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(...font.subarray(at, at + 4));
    const offset = view.getUint32(at + 8);
    return { tag, data: font.subarray(offset, offset + view.getUint32(at + 12)) };
  });
}

/** UTF-16BE for Unicode and Windows records, single bytes for Macintosh Roman (the new names are ASCII). */
function encodeName(platform: number, text: string): Uint8Array {
  if (platform === 1) return Uint8Array.from(text, (ch) => ch.charCodeAt(0));
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i += 1) {
    bytes[2 * i] = text.charCodeAt(i) >> 8;
    bytes[2 * i + 1] = text.charCodeAt(i) & 0xff;
  }
  return bytes;
}

/** The name table (format 0) with the font's own names replaced and every other record kept. */
function renamed(name: Uint8Array): Uint8Array {
  const view = new DataView(name.buffer, name.byteOffset, name.byteLength);
  if (view.getUint16(0) !== 0) throw new Error('Only a format 0 name table can be renamed.');
  const count = view.getUint16(2);
  const storage = view.getUint16(4);
  const records = Array.from({ length: count }, (_, i) => {
    const at = 6 + 12 * i;
    const [platform, encoding, language, nameId, length, offset] = [0, 2, 4, 6, 8, 10].map((o) =>
      view.getUint16(at + o),
    ) as [number, number, number, number, number, number];
    const replacement = NEW_NAMES.get(nameId);
    const text =
      replacement === undefined
        ? name.subarray(storage + offset, storage + offset + length)
        : encodeName(platform, replacement);
    return { platform, encoding, language, nameId, text };
  });
  const header = 6 + 12 * count;
  const out = new Uint8Array(header + records.reduce((sum, r) => sum + r.text.length, 0));
  const outView = new DataView(out.buffer);
  outView.setUint16(2, count);
  outView.setUint16(4, header);
  let offset = 0;
  records.forEach((r, i) => {
    [r.platform, r.encoding, r.language, r.nameId, r.text.length, offset].forEach((value, j) =>
      outView.setUint16(6 + 12 * i + 2 * j, value),
    );
    out.set(r.text, header + offset);
    offset += r.text.length;
  });
  return out;
}

function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array((bytes.length + 3) & ~3);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** The screens' copy of a TrueType font: its tables in tag order, VTT sources dropped, renamed, checksums redone. */
export function screenFontFrom(font: Uint8Array): Uint8Array {
  const tables = readTables(font)
    .filter((t) => !DROPPED.has(t.tag))
    .map((t) =>
      t.tag === 'name'
        ? { tag: t.tag, data: renamed(t.data) }
        : t.tag === 'head'
          ? { tag: t.tag, data: Uint8Array.from(t.data) }
          : t,
    )
    .sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const head = tables.find((t) => t.tag === 'head');
  if (!head) throw new Error('The font has no head table.');
  new DataView(head.data.buffer, head.data.byteOffset).setUint32(8, 0); // checkSumAdjustment, set last
  const directory = 12 + 16 * tables.length;
  const size = tables.reduce((sum, t) => sum + ((t.data.length + 3) & ~3), directory);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const entrySelector = Math.floor(Math.log2(tables.length));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, tables.length);
  view.setUint16(6, 16 * 2 ** entrySelector);
  view.setUint16(8, entrySelector);
  view.setUint16(10, 16 * tables.length - 16 * 2 ** entrySelector);
  let offset = directory;
  tables.forEach((t, i) => {
    const at = 12 + 16 * i;
    out.set(
      Uint8Array.from(t.tag, (ch) => ch.charCodeAt(0)),
      at,
    );
    view.setUint32(at + 4, checksum(t.data));
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, t.data.length);
    out.set(t.data, offset);
    offset += (t.data.length + 3) & ~3;
  });
  const headOffset = view.getUint32(12 + 16 * tables.indexOf(head) + 8);
  view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const fonts = path.resolve(import.meta.dirname, '..', '..', 'resources', 'fonts');
  writeFileSync(
    path.join(fonts, SCREEN_HANGUL_FONT),
    screenFontFrom(new Uint8Array(readFileSync(path.join(fonts, 'NanumGothic.ttf')))),
  );
}
