import { readFileSync } from 'node:fs';
import path from 'node:path';

export type FontWeight = 'regular' | 'bold';

/**
 * The handout's fonts, shipped in `resources/fonts` (SIL OFL and Apache 2.0; see LICENSES.txt). Order is fallback order: each character is
 * drawn with the first font that has it, so one line can mix scripts.
 */
export const FONT_FILES: Readonly<Record<FontWeight, readonly string[]>> = {
  regular: ['NotoSans-Regular.ttf', 'NotoSansArabic-Regular.ttf', 'NotoSansHebrew-Regular.ttf', 'NotoSansDevanagari-Regular.ttf', 'DroidSansFallbackFull.ttf'],
  // The CJK fallback has no bold: in bold lines it is drawn outlined (faux bold), see Face.fauxBold.
  bold: ['NotoSans-Bold.ttf', 'NotoSansArabic-Bold.ttf', 'NotoSansHebrew-Bold.ttf', 'NotoSansDevanagari-Bold.ttf', 'DroidSansFallbackFull.ttf'],
};

const cache = new Map<string, Uint8Array>();

/** Reads a font file once per process; the same bytes object lets shaping-font.ts reuse its parse. */
export function readFontFile(fontsDir: string, name: string): Uint8Array {
  const file = path.join(fontsDir, name);
  let bytes = cache.get(file);
  if (!bytes) {
    bytes = new Uint8Array(readFileSync(file));
    cache.set(file, bytes);
  }
  return bytes;
}
