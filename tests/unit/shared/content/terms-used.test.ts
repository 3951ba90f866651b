import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '@shared/content/glossary';
import { termsUsed, termUses } from '@shared/content/terms-used';

const source = {
  kind: 'secondary' as const,
  citation: 'test fixture',
  secondaryReason: 'test fixture',
  checkedOn: '2026-12-01',
};
const entry = (id: string, matches: GlossaryEntry['matches']): GlossaryEntry => ({
  id,
  term: { en: id },
  definition: { en: id },
  matches,
  source,
});
const vector = entry('vector', { en: ['vector', 'vectors'], zh: ['载体'], ar: ['ناقل'] });
const aav = entry('aav', { en: ['AAV'], zh: ['AAV'] });
const ids = (entries: GlossaryEntry[]) => entries.map((e) => e.id);

describe('termsUsed', () => {
  it('finds whole words only, in any case, in spaced scripts', () => {
    expect(ids(termsUsed([vector], 'en', ['Two Vectors were used.']))).toEqual(['vector']);
    expect(ids(termsUsed([vector], 'en', ['A vectorial space.', 'subvector']))).toEqual([]);
  });

  it('finds words inside running Chinese and Arabic text, where words are not spaced apart', () => {
    expect(ids(termsUsed([vector], 'zh', ['这种载体把基因带到肝脏。']))).toEqual(['vector']);
    expect(ids(termsUsed([vector], 'ar', ['يحمل والناقل الجين']))).toEqual(['vector']);
  });

  it('finds a Korean word with its particle attached, but never inside another word', () => {
    const liver = entry('liver', { ko: ['간'] });
    expect(ids(termsUsed([liver], 'ko', ['간을 살핍니다.']))).toEqual(['liver']);
    expect(ids(termsUsed([liver], 'ko', ['몇 시간 동안 지켜봅니다.']))).toEqual([]);
  });

  it('lists terms in the order the reader first meets them', () => {
    expect(ids(termsUsed([vector, aav], 'en', ['An AAV is a vector.']))).toEqual(['aav', 'vector']);
  });

  it('skips entries with no forms in the language', () => {
    expect(ids(termsUsed([aav], 'ar', ['AAV']))).toEqual([]);
  });

  it('treats forms as plain text, not as patterns', () => {
    const odd = entry('odd', { en: ['c++ (x)'] });
    expect(ids(termsUsed([odd], 'en', ['we use c++ (x) here']))).toEqual(['odd']);
    expect(ids(termsUsed([odd], 'en', ['we use cc (x) here']))).toEqual([]);
  });
});

describe('termUses', () => {
  const gene = entry('gene', { en: ['gene'] });
  const geneTherapy = entry('gene-therapy', { en: ['gene therapy'] });
  const spans = (text: string, entries: GlossaryEntry[]) =>
    termUses(entries, 'en', text).map(
      (u) => `${u.entry.id}@${u.start}-${u.end}:${text.slice(u.start, u.end)}`,
    );

  it('marks each word at its first use only, with its place in the text', () => {
    expect(spans('A vector, then vectors. An AAV.', [vector, aav])).toEqual([
      'vector@2-8:vector',
      'aav@27-30:AAV',
    ]);
  });

  it('keeps the longer word where two start together, and never overlaps', () => {
    expect(spans('Gene therapy adds a gene.', [gene, geneTherapy])).toEqual([
      'gene-therapy@0-12:Gene therapy',
    ]);
    expect(spans('A gene. Gene therapy.', [gene, geneTherapy])).toEqual([
      'gene@2-6:gene',
      'gene-therapy@8-20:Gene therapy',
    ]);
  });

  it('marks the whole written word in Arabic, where the word is found inside a longer one', () => {
    const text = 'يحمل والناقل الجين';
    const [use] = termUses([vector], 'ar', text);
    expect(use && text.slice(use.start, use.end)).toBe('والناقل');
  });
});

describe('firstUse, as one pattern would find it', () => {
  // What termsUsed meant before its edges were checked apart from the forms: one pattern per entry, the edges
  // around the forms. The two must find the same place with the same form, whatever the text.
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  function onePattern(forms: string[], spaced: boolean, text: string) {
    const alternatives = forms.map((form) => escape(form.normalize('NFC'))).join('|');
    const notInsideAWord = '(?<![\\p{L}\\p{N}])';
    const pattern = spaced
      ? new RegExp(`${notInsideAWord}(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu')
      : new RegExp(`${notInsideAWord}(?:${alternatives})`, 'iu');
    const match = pattern.exec(text);
    return match ? { start: match.index, end: match.index + match[0].length } : null;
  }
  // Letters in both cases (one written with two UTF-16 units), digits, marks, spaces and punctuation, and a mark
  // that only case folding makes a letter (U+0345).
  const piece = fc.constantFrom(
    'a',
    'A',
    'b',
    'é',
    'É',
    '1',
    '𐐀',
    '𐐨',
    '\u0345',
    ' ',
    '-',
    '.',
    '간',
    '시',
  );
  const word = fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join(''));
  const text = fc.array(fc.oneof(word, piece), { maxLength: 12 }).map((p) => p.join(''));

  it('finds a use that starts inside a place where a form stood but not as a word', () => {
    const dash = entry('dash', { en: ['a-a'] });
    expect(termUses([dash], 'en', 'ba-a-a').map(({ start, end }) => [start, end])).toEqual([
      [3, 6],
    ]);
  });

  it('finds the same use in spaced scripts and in Korean (property)', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), text, (forms, written) => {
        const all = written.normalize('NFC');
        const form = entry('form', { en: forms, ko: forms });
        for (const [language, spaced] of [
          ['en', true],
          ['ko', false],
        ] as const) {
          const expected = onePattern(forms, spaced, all);
          expect(termUses([form], language, all).map(({ start, end }) => ({ start, end }))).toEqual(
            expected ? [expected] : [],
          );
        }
      }),
      { numRuns: 100 },
    );
  });
});
