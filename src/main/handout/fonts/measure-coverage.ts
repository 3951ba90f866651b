import { create } from 'fontkit';
import { CodePointSet } from '@shared/handout/code-point-ranges';
import { FONT_SCOPES } from './font-files';

/**
 * The characters a shipped font is used for: those its character map draws with a real glyph, within its scope
 * where it has one. This is what the committed coverage table records, and what a test compares it with.
 */
export function measureCoverage(name: string, bytes: Uint8Array): CodePointSet {
  const font = create(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!('characterSet' in font))
    throw new Error(`${name} is a font collection; ship a single font file.`);
  const scope = FONT_SCOPES.get(name);
  const inScope = (cp: number) => !scope || scope.some(([from, to]) => cp >= from && cp <= to);
  return CodePointSet.fromCodePoints(
    font.characterSet.filter((cp) => inScope(cp) && font.hasGlyphForCodePoint(cp)),
  );
}
