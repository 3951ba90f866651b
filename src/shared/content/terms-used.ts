import type { Language } from '@shared/i18n/languages';
import type { GlossaryEntry } from './glossary';

/** Scripts written with spaces between words: a form must stand as a whole word ("vector", not "vectorial"). */
const WORD_SPACED: ReadonlySet<Language> = new Set<Language>(['en', 'es', 'vi', 'ru', 'tl']);

/**
 * Scripts with spaces whose nouns take their particles attached (Korean "유전자를", "유전자는"): a form must begin
 * a word, so "간" is never found inside "시간", but may be followed by a particle.
 */
const WORD_START: ReadonlySet<Language> = new Set<Language>(['ko']);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The edges of a word in spaced scripts: not after, and not before, a letter or digit, in the same case-insensitive
 * sense as the forms are found. Checked apart from the forms, as sticky tests at one place: written into each
 * entry's pattern, these classes made V8 build and compile them again for every entry, which was most of the time
 * a handout spent finding its words (about 4 ms an entry, 30 entries).
 */
const NOT_AFTER_A_WORD = /(?<![\p{L}\p{N}])/iuy;
const NOT_BEFORE_A_WORD = /(?![\p{L}\p{N}])/iuy;

function holdsAt(edge: RegExp, text: string, at: number): boolean {
  edge.lastIndex = at;
  return edge.test(text);
}

/**
 * Where an entry's word first stands in a text (NFC), or null. Chinese has no spaces and Arabic attaches small
 * words to the front ("والناقل"), so there a form is found anywhere in the text. In the other scripts the first
 * place where a form starts a word is taken with the first of the entry's forms that also ends one there, as one
 * pattern with the edges around its forms would find.
 */
function firstUse(
  entry: GlossaryEntry,
  language: Language,
  text: string,
): { start: number; end: number } | null {
  const forms = entry.matches[language];
  if (!forms) return null;
  const literals = forms.map((form) => escapeRegExp(form.normalize('NFC')));
  const anyForm = new RegExp(literals.join('|'), 'giu');
  const wordStart = WORD_SPACED.has(language) || WORD_START.has(language);
  const wordEnd = WORD_SPACED.has(language);
  const eachForm = wordEnd ? literals.map((literal) => new RegExp(literal, 'iuy')) : [];
  for (let match = anyForm.exec(text); match; match = anyForm.exec(text)) {
    const start = match.index;
    if (!wordStart) return { start, end: start + match[0].length };
    if (holdsAt(NOT_AFTER_A_WORD, text, start)) {
      if (!wordEnd) return { start, end: start + match[0].length };
      for (const form of eachForm) {
        form.lastIndex = start;
        if (form.test(text) && holdsAt(NOT_BEFORE_A_WORD, text, form.lastIndex))
          return { start, end: form.lastIndex };
      }
    }
    // On from the next character, a whole one where it is written with two UTF-16 units.
    anyForm.lastIndex = start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
  }
  return null;
}

/** The glossary entries whose words appear in `texts`, in the order they first appear, so a handout explains only the words it uses. */
export function termsUsed(
  entries: readonly GlossaryEntry[],
  language: Language,
  texts: readonly string[],
): GlossaryEntry[] {
  const all = texts.join('\n').normalize('NFC');
  const found = entries.flatMap((entry) => {
    const use = firstUse(entry, language, all);
    return use ? [{ entry, at: use.start }] : [];
  });
  return found.sort((a, b) => a.at - b.at).map((f) => f.entry);
}

/**
 * Scripts with spaces whose words are still found inside longer ones (Arabic: "والناقل", "الجينات"): the word
 * that is pressed is the whole written word, so a letter is never cut from its neighbours.
 */
const WHOLE_WORD_SHOWN: ReadonlySet<Language> = new Set<Language>(['ar']);
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

function wholeWord(
  text: string,
  { start, end }: { start: number; end: number },
): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from > 0 && WORD_CHARACTER.test(text[from - 1] ?? '')) from -= 1;
  while (to < text.length && WORD_CHARACTER.test(text[to] ?? '')) to += 1;
  return { start: from, end: to };
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
export function termUses(
  entries: readonly GlossaryEntry[],
  language: Language,
  text: string,
): TermUse[] {
  const normalized = text.normalize('NFC');
  const uses = entries
    .flatMap((entry) => {
      const use = firstUse(entry, language, normalized);
      return use
        ? [{ entry, ...(WHOLE_WORD_SHOWN.has(language) ? wholeWord(normalized, use) : use) }]
        : [];
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TermUse[] = [];
  for (const use of uses)
    if (kept.every((k) => use.start >= k.end || use.end <= k.start)) kept.push(use);
  return kept;
}
