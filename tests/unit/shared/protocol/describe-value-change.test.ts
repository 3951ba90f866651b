import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLocales } from '../../../../src/main/i18n/load-locales';
import { createI18n } from '@shared/i18n/i18n-setup';
import type { Language } from '@shared/i18n/languages';
import { describeValueChange } from '@shared/protocol/describe-value-change';
import type { ValueChange } from '@shared/protocol/protocol-changes';

const locales = loadLocales(path.resolve('locales'));
const say = (change: ValueChange, language: Language) =>
  describeValueChange(change, language, createI18n(locales, language).t);
const timing = {
  kind: 'by',
  amount: 6,
  unit: 'weeks',
  relation: 'before',
  keyDate: 'cell-collection',
} as const;
const keyDates = [{ id: 'cell-collection', label: { en: 'cell collection', ar: 'جمع الخلايا' } }];
const longer: ValueChange = {
  kind: 'timing',
  field: 'timing',
  before: { timing, keyDates },
  after: { timing: { ...timing, amount: 8 }, keyDates },
};

describe('describeValueChange', () => {
  it('says a timing change as the patient reads timings, with its kind: 6 weeks → 8 weeks', () => {
    expect(say(longer, 'en')).toBe(
      'timing: By a deadline (that day or earlier): At least 6 weeks before cell collection → By a deadline (that day or earlier): At least 8 weeks before cell collection',
    );
    expect(say(longer, 'ar')).toContain('جمع الخلايا');
    expect(say(longer, 'ar')).toContain('←');
  });

  it('says when a deadline became one exact day or a span, in the staff language', () => {
    const day: ValueChange = {
      ...longer,
      after: { timing: { ...timing, kind: 'on', amount: 1, unit: 'days' }, keyDates },
    };
    expect(say(day, 'en')).toBe(
      'timing: By a deadline (that day or earlier): At least 6 weeks before cell collection → On one exact day: 1 day before cell collection',
    );
    const span: ValueChange = {
      ...longer,
      after: {
        timing: {
          kind: 'span',
          start: { amount: 6, unit: 'weeks', relation: 'before', keyDate: 'cell-collection' },
          end: { amount: 0, unit: 'days', relation: 'after', keyDate: 'cell-collection' },
        },
        keyDates,
      },
    };
    expect(say(span, 'en')).toContain(
      '→ During a span (from one day to another): From 6 weeks before cell collection to the day of cell collection',
    );
    expect(say(span, 'zh')).toContain(
      '在一段时间内（从某天到某天）：从cell collection前6周到cell collection当天',
    );
  });

  it('names the language of a changed text, and says when there was none', () => {
    const renamed: ValueChange = {
      kind: 'text',
      field: 'title',
      key: 'es',
      before: 'Terapia',
      after: 'Terapia génica',
    };
    expect(say(renamed, 'en')).toBe('title (Español): “Terapia” → “Terapia génica”');
    const added: ValueChange = {
      kind: 'text',
      field: 'why',
      key: 'en_child',
      before: null,
      after: 'For your child.',
    };
    expect(say(added, 'en')).toBe(
      'why it matters (English, for a parent): (empty) → “For your child.”',
    );
  });

  it('says a fixed choice and a yes-or-no in plain words in the staff language', () => {
    expect(
      say({ kind: 'value', field: 'family', before: 'ex-vivo-stem-cell', after: 'car-t' }, 'en'),
    ).toBe('therapy family: Stem cells changed outside the body → CAR-T cell therapy');
    expect(say({ kind: 'value', field: 'isExample', before: true, after: false }, 'zh')).toBe(
      '示例状态：是 → 否',
    );
  });

  it("says a warning sign's level of help in the words patients read, and where the sign comes from", () => {
    expect(
      say({ kind: 'value', field: 'level', before: 'call-team-now', after: 'emergency' }, 'en'),
    ).toBe('level of help: Call the team now, day or night → Emergency now');
    expect(say({ kind: 'value', field: 'kind', before: 'listed', after: 'own' }, 'en')).toBe(
      "where the sign comes from: From the app's list → Written by the clinic",
    );
  });
});
