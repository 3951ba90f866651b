import bidiFactory from 'bidi-js';
import type { TextDirection } from '@shared/i18n/languages';
import { isDefaultIgnorable, isLayoutControl } from '@shared/handout/unprintable-characters';
import { REPLACEMENT_CHARACTER, type Face } from './faces';

const bidi = bidiFactory();

/** A piece of one line drawn with one font at one bidi embedding level. */
export interface Run {
  text: string;
  face: Face;
  level: number;
}

/** What visualRuns asks of a character, as bits; worked out once per code point for the whole process. */
const NEUTRAL = 1;
const IGNORABLE = 2;
const MARK = 4;
const LAYOUT_CONTROL = 8;
const KNOWN = 16;
/** Left-to-right letters, numbers and explicit embeddings: they can lift a character of a right-to-left line off level 1. */
const LEAVES_LEVEL_ONE = 32;
const LEAVING_LEVEL_ONE = new Set([
  'L',
  'EN',
  'AN',
  'LRE',
  'RLE',
  'LRO',
  'RLO',
  'PDF',
  'LRI',
  'RLI',
  'FSI',
  'PDI',
]);
/** Every code point up to the end of the Basic Multilingual Plane, where nearly all text is, in a flat table. */
const basicPlane = new Uint8Array(0x10000);
const otherPlanes = new Map<number, number>();

function classify(ch: string, cp: number): number {
  const type = bidi.getBidiCharTypeName(ch);
  return (
    KNOWN |
    (['WS', 'ON', 'CS', 'ES', 'ET', 'B', 'S'].includes(type) ? NEUTRAL : 0) |
    // bidi-js classes each half of a character beyond the Basic Multilingual Plane on its own, as left to right:
    // such a line runs the algorithm, so it is set as it was before this shortcut.
    (LEAVING_LEVEL_ONE.has(type) || cp > 0xffff ? LEAVES_LEVEL_ONE : 0) |
    (isDefaultIgnorable(ch) ? IGNORABLE : 0) |
    (/\p{M}/u.test(ch) ? MARK : 0) |
    (isLayoutControl(cp) ? LAYOUT_CONTROL : 0)
  );
}

/** The class of the character `cp` at `index` in `text`. */
function classOf(text: string, index: number, cp: number): number {
  if (cp < 0x10000) {
    let bits = basicPlane[cp] as number;
    if (bits === 0) basicPlane[cp] = bits = classify(text[index] as string, cp);
    return bits;
  }
  let bits = otherPlanes.get(cp);
  if (bits === undefined) otherPlanes.set(cp, (bits = classify(text.slice(index, index + 2), cp)));
  return bits;
}

/**
 * Every character that can take a line set left to right off level 0: right-to-left letters and Arabic digits
 * (the Hebrew, Arabic, Syriac, Thaana, N'Ko… blocks and their presentation forms, and the right-to-left planes),
 * the right-to-left mark and the explicit embeddings, overrides and isolates. A left-to-right line with none of
 * them is all at level 0, so the bidi algorithm, a good share of measuring, is skipped; a test holds this list
 * to the bidi classes of every code point.
 */
export const MAY_LEAVE_LEVEL_ZERO =
  /[\u0590-\u08FF\u200F\u202A-\u202E\u2066-\u2069\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * The level every character of `line` has when the bidi algorithm would give them all one, so it need not run (a
 * good share of measuring): 0 for a left-to-right line with none of MAY_LEAVE_LEVEL_ZERO, 1 for a right-to-left
 * line with no left-to-right letter, number or explicit embedding (its neutrals and marks all resolve to
 * right to left). Null otherwise. A test holds both to the bidi algorithm for every code point.
 */
export function uniformLevel(line: string, direction: TextDirection): number | null {
  if (direction === 'ltr') return MAY_LEAVE_LEVEL_ZERO.test(line) ? null : 0;
  for (let index = 0; index < line.length;) {
    const cp = line.codePointAt(index) as number;
    if (classOf(line, index, cp) & LEAVES_LEVEL_ONE) return null;
    index += cp > 0xffff ? 2 : 1;
  }
  return 1;
}

/**
 * The face and level of the one run visualRuns makes of any piece of `text`, the piece itself, when it makes one:
 * for a text at one level (uniformLevel) each of whose characters is drawn by the same face, first in the chain
 * to have it, with no default-ignorable or layout-control character (those join a neighbour's run, or none).
 * Null for any other text.
 */
export function singleRun(
  text: string,
  direction: TextDirection,
  faces: readonly Face[],
): { face: Face; level: number } | null {
  const level = uniformLevel(text, direction);
  if (level === null) return null;
  let face: Face | undefined;
  for (let index = 0; index < text.length;) {
    const cp = text.codePointAt(index) as number;
    if (classOf(text, index, cp) & (IGNORABLE | LAYOUT_CONTROL)) return null;
    const first = faceFor(faces, cp);
    if (!first || (face && first !== face)) return null;
    face = first;
    index += cp > 0xffff ? 2 : 1;
  }
  return face ? { face, level } : null;
}

/**
 * Cuts one line (in logical order) into runs and returns them in visual order, following the Unicode bidi
 * algorithm: levels from bidi-js, runs reordered by rule L2. Text inside a run stays in logical order: the
 * shaper lays out a run at an odd level right to left (reversing, joining and mirroring brackets itself), so
 * each run's text is also what a reader should get back. Default-ignorable characters and combining marks stay
 * in the run of the letter before them, so they shape with it. Characters no font has are replaced by "�" and
 * reported through `onMissing`, never dropped.
 */
export function visualRuns(
  line: string,
  direction: TextDirection,
  faces: readonly Face[],
  onMissing: (ch: string) => void,
): Run[] {
  const uniform = uniformLevel(line, direction);
  const levels = uniform === null ? bidi.getEmbeddingLevels(line, direction).levels : null;
  // Each run is a stretch [start, end) of the line while its characters follow one another (nearly always), and
  // a string of its own once one is skipped or replaced: a line is not rebuilt character by character.
  const runs: Array<Run & { start: number; end: number; built: boolean }> = [];
  const append = (run: (typeof runs)[number], from: number, to: number, replacement?: string) => {
    if (!run.built && replacement === undefined && run.end === from) run.end = to;
    else {
      run.text =
        (run.built ? run.text : line.slice(run.start, run.end)) +
        (replacement ?? line.slice(from, to));
      run.built = true;
    }
  };
  // Default-ignorable characters before the first letter join the first run.
  let leading = '';
  for (let index = 0; index < line.length;) {
    const cp = line.codePointAt(index) as number;
    const from = index;
    index += cp > 0xffff ? 2 : 1;
    const level = levels ? (levels[from] as number) : (uniform as number);
    const bits = classOf(line, from, cp);
    // Bidi control characters map to .notdef in every font; their effect is already in the levels.
    if (bits & LAYOUT_CONTROL) continue;
    const last = runs.at(-1);
    if (bits & IGNORABLE || (bits & MARK && last?.face.has(cp))) {
      if (last) append(last, from, index);
      else leading += line.slice(from, index);
      continue;
    }
    if (last && last.level === level && bits & NEUTRAL && last.face.has(cp)) {
      append(last, from, index);
      continue;
    }
    let face = faceFor(faces, cp);
    let replacement: string | undefined;
    if (!face) {
      onMissing(line.slice(from, index));
      const first = faces[0];
      if (!first) throw new Error('A face chain has no faces.');
      face = first;
      replacement = REPLACEMENT_CHARACTER;
    }
    if (last && last.level === level && last.face === face) append(last, from, index, replacement);
    else if (leading === '' && replacement === undefined)
      runs.push({ text: '', face, level, start: from, end: index, built: false });
    else
      runs.push({
        text: leading + (replacement ?? line.slice(from, index)),
        face,
        level,
        start: from,
        end: index,
        built: true,
      });
    leading = '';
  }
  const done: Run[] = runs.map(({ text, face, level, start, end, built }) => ({
    text: built ? text : line.slice(start, end),
    face,
    level,
  }));
  if (leading !== '')
    done.push({ text: leading, face: faces[0] as Face, level: direction === 'rtl' ? 1 : 0 });
  return reorder(done);
}

/**
 * The first face of a chain that has each character, remembered per chain (a document's faces), as every
 * character of every line is looked up. A Map, not a flat table of the Basic Multilingual Plane: a chain lives
 * for one document, which uses a few hundred characters, and a batch made two 512 KB tables per handout for the
 * garbage collector to clear.
 */
const firstFaces = new WeakMap<readonly Face[], Map<number, Face | null>>();

function faceFor(faces: readonly Face[], cp: number): Face | undefined {
  let firsts = firstFaces.get(faces);
  if (!firsts) firstFaces.set(faces, (firsts = new Map<number, Face | null>()));
  let face = firsts.get(cp);
  if (face === undefined) {
    face = faces.find((f) => f.has(cp)) ?? null;
    firsts.set(cp, face);
  }
  return face ?? undefined;
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
