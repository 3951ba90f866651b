import type { Language } from '../languages';
import type { GlossaryEntry } from './glossary';

/** Scripts written with spaces between words: a form must stand as a whole word ("vector", not "vectorial"). */
const WORD_SPACED: ReadonlySet<Language> = new Set<Language>(['en', 'es']);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The glossary entries whose words appear in `texts`, in the order they first appear, so a handout explains
 * only the words it uses. Chinese has no spaces and Arabic attaches small words to the front ("والناقل"), so
 * there a form is found anywhere in the text.
 */
export function termsUsed(entries: readonly GlossaryEntry[], language: Language, texts: readonly string[]): GlossaryEntry[] {
  const all = texts.join('\n').normalize('NFC');
  const found: Array<{ entry: GlossaryEntry; at: number }> = [];
  for (const entry of entries) {
    const forms = entry.matches[language];
    if (!forms) continue;
    const alternatives = forms.map((form) => escapeRegExp(form.normalize('NFC'))).join('|');
    const pattern = WORD_SPACED.has(language) ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu') : new RegExp(alternatives, 'iu');
    const match = pattern.exec(all);
    if (match) found.push({ entry, at: match.index });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.entry);
}
