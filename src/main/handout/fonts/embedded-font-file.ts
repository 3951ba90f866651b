import { deflateSync } from 'node:zlib';
import type { ShapingFont } from './shaping-font';

/** A font subset as a document embeds it (FontFile2): Flate-compressed, with its length before compression. */
export interface EmbeddedFontFile {
  compressed: Uint8Array;
  length: number;
}

/**
 * Compressed subsets kept for the whole process, up to this many bytes: a batch's handouts in one language draw
 * the same glyphs from each font (the protocol's text is the same, and a patient's few words rarely add one), so
 * cutting and compressing a large font, such as the Chinese one, is done once, not once per handout.
 */
const MAX_KEPT_BYTES = 4 * 1024 * 1024;

/** Per font (each parsed once per process), per glyph set. */
const kept = new Map<ShapingFont, Map<string, EmbeddedFontFile>>();
let keptBytes = 0;

/** `font` cut down to `glyphIds` (ShapingFont.subset) and compressed; the same glyphs give the same bytes. */
export function embeddedFontFile(font: ShapingFont, glyphIds: Iterable<number>): EmbeddedFontFile {
  const ids = [...glyphIds].sort((a, b) => a - b);
  const key = ids.join(',');
  let file = kept.get(font)?.get(key);
  if (file) return file;
  const subset = font.subset(ids);
  file = { compressed: deflateSync(subset), length: subset.length };
  if (keptBytes + file.compressed.length > MAX_KEPT_BYTES) {
    kept.clear();
    keptBytes = 0;
  }
  let files = kept.get(font);
  if (!files) kept.set(font, (files = new Map<string, EmbeddedFontFile>()));
  files.set(key, file);
  keptBytes += file.compressed.length;
  return file;
}
