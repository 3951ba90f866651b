import { isOnlyAffixes } from './chinese-name-affixes';
import { editDistance } from './edit-distance';
import { isHanWord } from './medicine-words';

/** How a typed word compares with a word of a protocol's name: the same, probably a misspelling of it, or not it. */
export type Closeness = 'exact' | 'near' | 'none';

/** How many typing mistakes a word of this length tolerates: none for short words, where near-misses are other drugs. */
function tolerance(length: number): number {
  if (length < 5) return 0;
  return length < 9 ? 1 : 2;
}

/**
 * A Chinese name found inside a typed run of characters, with only a salt, form or dose around it, is the name;
 * with other characters around it, a guess. One character is a whole syllable, so a name is never "near" by
 * edits: 羟基脲 (hydroxyurea) and 羟氯喹 (hydroxychloroquine) differ by two characters of three.
 */
function chineseCloseness(typed: string, wanted: string): Closeness {
  const at = typed.indexOf(wanted);
  if (at < 0) return 'none';
  return isOnlyAffixes(typed.slice(0, at)) && isOnlyAffixes(typed.slice(at + wanted.length))
    ? 'exact'
    : 'near';
}

/** A typed word against a word of a name: Chinese by the characters around it, other scripts by typing mistakes. */
export function wordCloseness(typed: string, wanted: string): Closeness {
  if (typed === wanted) return 'exact';
  if (isHanWord(wanted)) return chineseCloseness(typed, wanted);
  return editDistance(typed, wanted) <= tolerance(wanted.length) ? 'near' : 'none';
}
