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

const isStrongRtl = (ch: string) => ['R', 'AL'].includes(bidi.getBidiCharTypeName(ch));
const isNeutral = (ch: string) => ['WS', 'ON', 'CS', 'ES', 'ET', 'B', 'S'].includes(bidi.getBidiCharTypeName(ch));

/**
 * Cuts one line (in logical order) into runs and returns them in visual order, following the Unicode bidi
 * algorithm: levels from bidi-js, runs reordered by rule L2. Text inside a run stays in logical order,
 * because fontkit itself reverses and joins right-to-left script; only right-to-left runs of neutrals
 * (punctuation, spaces) are reversed and mirrored here. Characters no font has are replaced by "�" and
 * reported through `onMissing`, never dropped.
 */
export function visualRuns(line: string, direction: TextDirection, faces: readonly Face[], onMissing: (ch: string) => void): Run[] {
  const { levels } = bidi.getEmbeddingLevels(line, direction);
  const runs: Run[] = [];
  let index = 0;
  for (const ch of line) {
    const level = levels[index] ?? 0;
    index += ch.length;
    const cp = ch.codePointAt(0) as number;
    // Bidi control characters map to .notdef in every font; their effect is already in the levels.
    if (isLayoutControl(cp)) continue;
    const last = runs.at(-1);
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
    else runs.push({ text, face, level });
  }
  return reorder(runs).map((run) => (run.level % 2 === 1 && ![...run.text].some(isStrongRtl) ? mirrorNeutralRun(run) : run));
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

function mirrorNeutralRun(run: Run): Run {
  const text = [...run.text]
    .reverse()
    .map((ch) => bidi.getMirroredCharacter(ch) ?? ch)
    .join('');
  return { ...run, text };
}
