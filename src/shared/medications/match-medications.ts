import type { MedicationRule } from '../protocol/preparation';

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

/** Lowercase, without accents, punctuation or extra spaces: "Hidroxiurea 500 mg" → "hidroxiurea 500 mg". */
export function normalizeMedicineName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Edits (insert, delete, substitute, swap two neighbours) between two words: optimal string alignment. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j += 1) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    const row = rows[i] as number[];
    const above = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** How many typing mistakes a name of this length tolerates: none for short names, where near-misses are other drugs. */
function tolerance(length: number): number {
  if (length < 5) return 0;
  return length < 9 ? 1 : 2;
}

/** Every run of `size` consecutive words, so "vitamin k" can be found inside "vitamin k 5 mg tablets". */
function windows(words: string[], size: number): string[][] {
  return Array.from({ length: Math.max(0, words.length - size + 1) }, (_, i) => words.slice(i, i + size));
}

/** Close enough when every word is within its own tolerance: "vitamin d" is not "vitamin k". */
function isNearMiss(candidate: string[], wanted: string[]): boolean {
  return wanted.every((word, i) => editDistance(candidate[i] as string, word) <= tolerance(word.length));
}

function bestMatch(entry: string, rule: MedicationRule): MedicationMatch | null {
  const words = normalizeMedicineName(entry).split(' ').filter(Boolean);
  let nearMiss: MedicationMatch | null = null;
  for (const name of rule.matchNames) {
    const wanted = normalizeMedicineName(name).split(' ');
    for (const candidate of windows(words, wanted.length)) {
      if (candidate.join(' ') === wanted.join(' ')) return { entry, ruleId: rule.id, matchedName: name, exact: true };
      if (!nearMiss && isNearMiss(candidate, wanted)) nearMiss = { entry, ruleId: rule.id, matchedName: name, exact: false };
    }
  }
  return nearMiss;
}

/**
 * Matches the patient's own list (typed freely: brand or generic, any case, small misspellings) against the
 * protocol's medication rules. An entry can match several rules; one that matches none is listed to
 * discuss with the care team.
 */
export function matchMedications(entries: readonly string[], rules: readonly MedicationRule[]): MedicationMatching {
  const matches: MedicationMatch[] = [];
  const toDiscuss: string[] = [];
  for (const entry of entries) {
    if (normalizeMedicineName(entry) === '') continue;
    const found = rules.map((rule) => bestMatch(entry, rule)).filter((match): match is MedicationMatch => match !== null);
    if (found.length === 0) toDiscuss.push(entry);
    else matches.push(...found);
  }
  return { matches, toDiscuss };
}
