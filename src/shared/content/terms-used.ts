import type { Language } from '../languages';
import type { GlossaryEntry } from './glossary';

/** Scripts written with spaces between words: a form must stand as a whole word ("vector", not "vectorial"). */
const WORD_SPACED: ReadonlySet<Language> = new Set<Language>(['en', 'es']);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where an entry's word first stands in a text (NFC), or null. Chinese has no spaces and Arabic attaches small
 * words to the front ("والناقل"), so there a form is found anywhere in the text.
 */
function firstUse(entry: GlossaryEntry, language: Language, text: string): { start: number; end: number } | null {
  const forms = entry.matches[language];
  if (!forms) return null;
  const alternatives = forms.map((form) => escapeRegExp(form.normalize('NFC'))).join('|');
  const pattern = WORD_SPACED.has(language) ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu') : new RegExp(alternatives, 'iu');
  const match = pattern.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/** The glossary entries whose words appear in `texts`, in the order they first appear, so a handout explains only the words it uses. */
export function termsUsed(entries: readonly GlossaryEntry[], language: Language, texts: readonly string[]): GlossaryEntry[] {
  const all = texts.join('\n').normalize('NFC');
  const found = entries.flatMap((entry) => {
    const use = firstUse(entry, language, all);
    return use ? [{ entry, at: use.start }] : [];
  });
  return found.sort((a, b) => a.at - b.at).map((f) => f.entry);
}

export interface TermUse {
  entry: GlossaryEntry;
  start: number;
  end: number;
}

/**
 * Where hard words stand in one text (normalized to NFC, as the offsets are), each entry at its first use, for
 * explaining them in place. Where two uses overlap ("gene" inside "gene therapy"), the one that starts first, and
 * then the longer, is kept.
 */
export function termUses(entries: readonly GlossaryEntry[], language: Language, text: string): TermUse[] {
  const normalized = text.normalize('NFC');
  const uses = entries
    .flatMap((entry) => {
      const use = firstUse(entry, language, normalized);
      return use ? [{ entry, ...use }] : [];
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TermUse[] = [];
  for (const use of uses) if (kept.every((k) => use.start >= k.end || use.end <= k.start)) kept.push(use);
  return kept;
}
