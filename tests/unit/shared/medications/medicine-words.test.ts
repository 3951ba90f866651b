import { describe, expect, it } from 'vitest';
import { medicineWords } from '@shared/medications/medicine-words';

describe('medicineWords', () => {
  it.each([
    ['Hidroxiúrea 500 mg', ['hidroxiurea', '500', 'mg']],
    ['ＭＥＤＲＯＬ　５００ｍｇ', ['medrol', '500', 'mg']],
    ['medrol4mg', ['medrol', '4', 'mg']],
    ['Vitamin-K drops', ['vitamin', 'k', 'drops']],
    ['羟基脲500毫克', ['羟基脲', '500', '毫克']],
    ['羟基脲 500毫克', ['羟基脲', '500', '毫克']],
    ['泰诺林Tylenol，500mg', ['泰诺林', 'tylenol', '500', 'mg']],
    ['باراسيتامول ٥٠٠ ملغ', ['باراسيتامول', '500', 'ملغ']],
    ['باراسيتامول ۵۰۰', ['باراسيتامول', '500']],
  ])('reads %s as %j', (typed, words) => {
    expect(medicineWords(typed)).toEqual(words);
  });

  it.each([
    [
      'alef with hamza above, below, madda, wasla',
      ['أسيتامينوفين', 'إسيتامينوفين', 'آسيتامينوفين', 'ٱسيتامينوفين'],
      'اسيتامينوفين',
    ],
    ['alef maksura and Persian yeh', ['هيدروكسى', 'هيدروکسی'], 'هيدروكسي'],
    ['teh marbuta', ['بيرة'], 'بيره'],
    ['Persian keheh', ['کحول'], 'كحول'],
    ['tatweel', ['بـاراسيـتـامول'], 'باراسيتامول'],
    ['harakat', ['بَارَاسِيتَامُول', 'بارَاسِيتامولٌ'], 'باراسيتامول'],
  ])('writes Arabic %s one way', (_, forms, plain) => {
    for (const form of forms) expect(medicineWords(form)).toEqual([plain]);
  });

  it('drops the Arabic article written onto a word, but not from a short word that only starts like it', () => {
    expect(medicineWords('الكحول')).toEqual(['كحول']);
    expect(medicineWords('الباراسيتامول')).toEqual(['باراسيتامول']);
    expect(medicineWords('ألم')).toEqual(['الم']);
  });

  it('finds no word in punctuation, marks or tatweel alone', () => {
    for (const typed of ['', '  ', '--', 'ـــ', '\u064E\u0650', '、，。'])
      expect(medicineWords(typed)).toEqual([]);
  });
});
