import type { MedicationRule } from '@shared/protocol/preparation';
import { medicineWords } from './medicine-words';
import { wordCloseness, type Closeness } from './word-closeness';

/** A medicine the patient typed that one of the protocol's rules names. */
export interface MedicationMatch {
  entry: string;
  ruleId: string;
  /** The protocol's name the entry matched. */
  matchedName: string;
  /** False when the entry was only close to the name (a probable misspelling): the app asks before relying on it. */
  exact: boolean;
}

export interface MedicationMatching {
  matches: MedicationMatch[];
  /** Entries no rule names: to discuss with the care team, never to stop. */
  toDiscuss: string[];
}

/** Every run of `size` consecutive words, so "vitamin k" can be found inside "vitamin k 5 mg tablets". */
function windows(words: string[], size: number): string[][] {
  return Array.from({ length: Math.max(0, words.length - size + 1) }, (_, i) =>
    words.slice(i, i + size),
  );
}

/** Close enough when every word is within its own tolerance: "vitamin d" is not "vitamin k". */
function nameCloseness(candidate: string[], wanted: string[]): Closeness {
  const each = wanted.map((word, i) => wordCloseness(candidate[i] as string, word));
  if (each.includes('none')) return 'none';
  return each.every((closeness) => closeness === 'exact') ? 'exact' : 'near';
}

function bestMatch(words: string[], entry: string, rule: MedicationRule): MedicationMatch | null {
  let nearMiss: MedicationMatch | null = null;
  for (const name of rule.matchNames) {
    const wanted = medicineWords(name);
    if (wanted.length === 0) continue;
    for (const candidate of windows(words, wanted.length)) {
      const closeness = nameCloseness(candidate, wanted);
      if (closeness === 'exact') return { entry, ruleId: rule.id, matchedName: name, exact: true };
      if (!nearMiss && closeness === 'near')
        nearMiss = { entry, ruleId: rule.id, matchedName: name, exact: false };
    }
  }
  return nearMiss;
}

/**
 * Matches the patient's own list (typed freely in any of the app's languages: brand or generic, any case, small
 * misspellings) against the protocol's medication rules. An entry can match several rules; one that matches none
 * is listed to discuss with the care team.
 */
export function matchMedications(
  entries: readonly string[],
  rules: readonly MedicationRule[],
): MedicationMatching {
  const matches: MedicationMatch[] = [];
  const toDiscuss: string[] = [];
  for (const entry of entries) {
    const words = medicineWords(entry);
    if (words.length === 0) continue;
    const found = rules
      .map((rule) => bestMatch(words, entry, rule))
      .filter((match): match is MedicationMatch => match !== null);
    if (found.length === 0) toDiscuss.push(entry);
    else matches.push(...found);
  }
  return { matches, toDiscuss };
}
