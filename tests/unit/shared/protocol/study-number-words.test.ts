import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translatorsFrom } from '../../../../src/main/i18n/translators';
import { outOf100, studyNumberWords } from '@shared/protocol/study-number-words';

const translatorFor = translatorsFrom(path.resolve('locales'));

describe('a study number out of 100', () => {
  it('says "about" whenever it rounds, and not when it is exact', () => {
    expect(outOf100(29, 31)).toEqual({ kind: 'about', per100: 94 });
    expect(outOf100(28, 32)).toEqual({ kind: 'about', per100: 88 });
    expect(outOf100(1, 4)).toEqual({ kind: 'exactly', per100: 25 });
    expect(outOf100(0, 31)).toEqual({ kind: 'exactly', per100: 0 });
    expect(outOf100(31, 31)).toEqual({ kind: 'exactly', per100: 100 });
  });

  it('never rounds a harm that happened to someone down to 0, nor a result short of everyone up to 100', () => {
    expect(outOf100(1, 300)).toEqual({ kind: 'fewer-than', per100: 1 });
    expect(outOf100(299, 300)).toEqual({ kind: 'more-than', per100: 99 });
    expect(outOf100(1, 200)).toEqual({ kind: 'about', per100: 1 });
  });
});

describe('a study number in words, with the count as the study reported it', () => {
  it.each([
    ['en', '29 of 31 people in the study (about 94 out of 100)'],
    ['es', '29 de 31 personas del estudio (unas 94 de cada 100)'],
    ['ar', '29 من أصل 31 في الدراسة (نحو 94 من كل 100)'],
    ['zh', '研究中31人里有29人（大约每100人中有94人）'],
  ] as const)('in %s', (language, words) => {
    expect(studyNumberWords(29, 31, translatorFor(language))).toBe(words);
  });

  it('says an exact number without "about", and a tiny one as fewer than 1 out of 100', () => {
    const t = translatorFor('en');
    expect(studyNumberWords(1, 4, t)).toBe('1 of 4 people in the study (25 out of 100)');
    expect(studyNumberWords(1, 300, t)).toBe(
      '1 of 300 people in the study (fewer than 1 out of 100)',
    );
    expect(studyNumberWords(299, 300, translatorFor('es'))).toBe(
      '299 de 300 personas del estudio (más de 99 de cada 100)',
    );
  });
});
