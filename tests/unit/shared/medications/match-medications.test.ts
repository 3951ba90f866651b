import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '@shared/medications/edit-distance';
import { matchMedications } from '@shared/medications/match-medications';
import { medicineWords } from '@shared/medications/medicine-words';
import type { MedicationRule } from '@shared/protocol/preparation';

function rule(id: string, matchNames: string[]): MedicationRule {
  const text = { en: id };
  return {
    id,
    medicine: text,
    matchNames,
    action: 'pause',
    timing: { kind: 'by', amount: 8, unit: 'weeks', relation: 'before', keyDate: 'collection' },
    resume: text,
    why: text,
    source: {
      kind: 'secondary',
      citation: 'test',
      secondaryReason: 'test fixture',
      checkedOn: '2026-11-22',
    },
  };
}

const rules = [
  rule('hydroxyurea', [
    'hydroxyurea',
    'hydroxycarbamide',
    'Hydrea',
    'Droxia',
    'Siklos',
    'hidroxiurea',
  ]),
  rule('steroids', ['prednisone', 'prednisolone', 'dexamethasone', 'Decadron']),
  rule('vitamin-k', ['vitamin K']),
];

const matchOf = (entry: string) => matchMedications([entry], rules).matches;

describe('matchMedications', () => {
  it.each([
    ['hydroxyurea', 'hydroxyurea'],
    ['HYDREA', 'hydroxyurea'],
    ['Droxia 300 mg capsules', 'hydroxyurea'],
    ['hidroxiurea', 'hydroxyurea'],
    ['Hidroxiúrea', 'hydroxyurea'],
    ['prednisone 5mg', 'steroids'],
    ['Vitamin-K drops', 'vitamin-k'],
  ])('finds %s exactly', (entry, ruleId) => {
    expect(matchOf(entry)).toEqual([expect.objectContaining({ ruleId, exact: true })]);
  });

  it.each([
    ['hydroxyurae', 'hydroxyurea'],
    ['hydroxurea', 'hydroxyurea'],
    ['hydroxyuria', 'hydroxyurea'],
    ['predisone', 'steroids'],
    ['dexamethazone', 'steroids'],
  ])('recognises the misspelling %s, marked as a guess', (entry, ruleId) => {
    expect(matchOf(entry)).toEqual([expect.objectContaining({ ruleId, exact: false })]);
  });

  it.each(['hydralazine', 'Hydrocodone', 'metformin', 'pred', 'vitamin D', 'aspirin'])(
    'does not claim %s',
    (entry) => {
      expect(matchOf(entry)).toEqual([]);
      expect(matchMedications([entry], rules).toDiscuss).toEqual([entry]);
    },
  );

  it('lists every unnamed medicine to discuss, and skips blank lines', () => {
    expect(matchMedications(['Tylenol', '  ', 'Hydrea', 'lisinopril'], rules)).toEqual({
      matches: [{ entry: 'Hydrea', ruleId: 'hydroxyurea', matchedName: 'Hydrea', exact: true }],
      toDiscuss: ['Tylenol', 'lisinopril'],
    });
  });

  it('never matches anything when the protocol names no medicine', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (entries) => {
        const result = matchMedications(entries, []);
        expect(result.matches).toEqual([]);
        expect(result.toDiscuss).toEqual(entries.filter((e) => medicineWords(e).length > 0));
      }),
    );
  });

  it('puts every entry either in matches or to discuss, never both, never lost', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.string(), fc.constantFrom('Hydrea', 'predisone', 'Vitamin K', 'ibuprofen')),
        ),
        (entries) => {
          const { matches, toDiscuss } = matchMedications(entries, rules);
          const matched = new Set(matches.map((m) => m.entry));
          for (const entry of entries.filter((e) => medicineWords(e).length > 0)) {
            expect(matched.has(entry) !== toDiscuss.includes(entry)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('matchMedications in every script', () => {
  const inEveryScript = [
    rule('hydroxyurea', ['hydroxyurea', 'hidroxiurea', 'هيدروكسي يوريا', '羟基脲']),
    rule('steroids', ['prednisone', 'Medrol', 'بريدنيزون', '泼尼松', '甲泼尼龙']),
    rule('premedication', ['acetaminophen', 'باراسيتامول', '对乙酰氨基酚', '扑热息痛', '苯海拉明']),
  ];
  const found = (entry: string) =>
    matchMedications([entry], inEveryScript).matches.map(({ ruleId, exact }) => ({
      ruleId,
      exact,
    }));

  it.each([
    ['羟基脲500毫克', 'hydroxyurea'],
    ['羟基脲 500毫克', 'hydroxyurea'],
    ['羟基脲片', 'hydroxyurea'],
    ['羟基脲五百毫克，每日一次', 'hydroxyurea'],
    ['醋酸泼尼松片 5mg', 'steroids'],
    ['盐酸苯海拉明', 'premedication'],
    ['Tylenol扑热息痛', 'premedication'],
    ['بَارَاسِيتَامُول ٥٠٠ ملغ', 'premedication'],
    ['الباراسيـتامول ۵۰۰', 'premedication'],
    ['هيدروكسى يوريا', 'hydroxyurea'],
    ['بریدنیزون', 'steroids'],
    ['ＭＥＤＲＯＬ ５００ｍｇ', 'steroids'],
    ['medrol4mg', 'steroids'],
  ])('finds %s exactly', (entry, ruleId) => {
    expect(found(entry)).toEqual([{ ruleId, exact: true }]);
  });

  it.each([
    ['Medroll 4mg', 'steroids'],
    ['باراسيتامل', 'premedication'],
    // Prednisolone is two letters from prednisone, in Arabic as in English ("prednisolone"): worth asking about.
    ['بريدنيزولون', 'steroids'],
    // Prednisolone, not prednisone: a Chinese name with characters glued on that are no salt, form or dose.
    ['泼尼松龙', 'steroids'],
    ['我的羟基脲', 'hydroxyurea'],
  ])('only guesses at %s', (entry, ruleId) => {
    expect(found(entry)).toEqual([{ ruleId, exact: false }]);
  });

  it.each([
    ['羟氯喹', 'hydroxychloroquine'],
    ['羟基', 'a part of a name'],
    ['对乙酰氨基酸', 'a six-character name with one character changed'],
    ['茶苯海明', 'dimenhydrinate'],
    ['布洛芬', 'ibuprofen'],
    ['泼尼', 'a part of a name'],
    ['هيدرالازين', 'hydralazine'],
    ['إيبوبروفين', 'ibuprofen'],
  ])('does not claim %s (%s)', (entry) => {
    expect(found(entry)).toEqual([]);
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('hydrea', 'hydrae')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('is symmetric and zero only for equal words (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a === b);
      }),
    );
  });
});
