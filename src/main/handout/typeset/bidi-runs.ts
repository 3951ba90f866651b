import bidiFactory from 'bidi-js';
import type { TextDirection } from '../../../shared/languages';
import { isLayoutControl } from '../../../shared/handout/unprintable-characters';
import { REPLACEMENT_CHARACTER, type Face } from './faces';

const bidi = bidiFactory();

/** A piece of one line drawn with one font at one bidi embedding level. */
export interface Run {
  text: string;
  face: Face;
  level: number;
}

const isNeutral = (ch: string) => ['WS', 'ON', 'CS', 'ES', 'ET', 'B', 'S'].includes(bidi.getBidiCharTypeName(ch));
/**
 * ZWJ, ZWNJ, the byte order mark, variation selectors: they change the shaping of their neighbours and draw
 * nothing. Not the Hangul fillers and shorthand format controls, which HarfBuzz draws with the font's own glyph
 * (harfbuzz/harfbuzz#503): they need a font that has them, like any letter.
 */
const isDefaultIgnorable = (ch: string) => /\p{Default_Ignorable_Code_Point}/u.test(ch) && !/[\u115f\u1160\u3164\uffa0\u{1bca0}-\u{1bca3}]/u.test(ch);
const isMark = (ch: string) => /\p{M}/u.test(ch);

/**
 * Every character that can take a line set left to right off level 0: right-to-left letters and Arabic digits
 * (the Hebrew, Arabic, Syriac, Thaana, N'Ko… blocks and their presentation forms, and the right-to-left planes),
 * the right-to-left mark and the explicit embeddings, overrides and isolates. A left-to-right line with none of
 * them is all at level 0, so the bidi algorithm, a good share of measuring, is skipped; a test holds this list
 * to the bidi classes of every code point.
 */
export const MAY_LEAVE_LEVEL_ZERO = /[\u0590-\u08FF\u200F\u202A-\u202E\u2066-\u2069\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * Cuts one line (in logical order) into runs and returns them in visual order, following the Unicode bidi
 * algorithm: levels from bidi-js, runs reordered by rule L2. Text inside a run stays in logical order: the
 * shaper lays out a run at an odd level right to left (reversing, joining and mirroring brackets itself), so
 * each run's text is also what a reader should get back. Default-ignorable characters and combining marks stay
 * in the run of the letter before them, so they shape with it. Characters no font has are replaced by "�" and
 * reported through `onMissing`, never dropped.
 */
export function visualRuns(line: string, direction: TextDirection, faces: readonly Face[], onMissing: (ch: string) => void): Run[] {
  const levels = direction === 'ltr' && !MAY_LEAVE_LEVEL_ZERO.test(line) ? null : bidi.getEmbeddingLevels(line, direction).levels;
  const runs: Run[] = [];
  // Default-ignorable characters before the first letter join the first run.
  let leading = '';
  let index = 0;
  for (const ch of line) {
    const level = levels?.[index] ?? 0;
    index += ch.length;
    const cp = ch.codePointAt(0) as number;
    // Bidi control characters map to .notdef in every font; their effect is already in the levels.
    if (isLayoutControl(cp)) continue;
    const last = runs.at(-1);
    if (isDefaultIgnorable(ch) || (isMark(ch) && last?.face.has(cp))) {
      if (last) last.text += ch;
      else leading += ch;
      continue;
    }
    if (last && last.level === level && isNeutral(ch) && last.face.has(cp)) {
      last.text += ch;
      continue;
    }
    let face = faces.find((f) => f.has(cp));
    let text = ch;
    if (!face) {
      onMissing(ch);
      face = faces[0] as Face;
      text = REPLACEMENT_CHARACTER;
    }
    if (last && last.level === level && last.face === face) last.text += text;
    else runs.push({ text: leading + text, face, level });
    leading = '';
  }
  if (leading !== '') runs.push({ text: leading, face: faces[0] as Face, level: direction === 'rtl' ? 1 : 0 });
  return reorder(runs);
}

function reorder(runs: Run[]): Run[] {
  const ordered = [...runs];
  const levels = ordered.map((r) => r.level);
  const highest = Math.max(0, ...levels);
  const lowestOdd = Math.min(...levels.filter((l) => l % 2 === 1), highest + 1);
  for (let level = highest; level >= lowestOdd; level -= 1) {
    let start = 0;
    while (start < ordered.length) {
      if ((ordered[start] as Run).level < level) {
        start += 1;
        continue;
      }
      let end = start;
      while (end < ordered.length && (ordered[end] as Run).level >= level) end += 1;
      ordered.splice(start, end - start, ...ordered.slice(start, end).reverse());
      start = end;
    }
  }
  return ordered;
}
