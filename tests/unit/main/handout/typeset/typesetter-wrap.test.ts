import path from 'node:path';
import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { embedFaces } from '../../../../../src/main/handout/typeset/faces';
import { Typesetter } from '../../../../../src/main/handout/typeset/typesetter';

let typesetter: Typesetter;
const style = { size: 12, weight: 'regular' } as const;
beforeAll(async () => {
  typesetter = new Typesetter(
    await embedFaces(
      await PDFDocument.create(),
      path.resolve('resources/fonts'),
      '中ع יעל अनन्या 한',
    ),
  );
});

describe('Typesetter.wrap', () => {
  it('breaks Latin text at spaces and keeps words whole', () => {
    const lines = typesetter.wrap(
      'Your own blood stem cells are collected and changed in a lab.',
      style,
      'ltr',
      150,
    );
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Your own blood stem cells are collected and changed in a lab.');
    for (const line of lines)
      expect(typesetter.measure(line, style, 'ltr')).toBeLessThanOrEqual(150);
  });

  it('breaks Chinese between characters, where there are no spaces', () => {
    const text = '基因治疗前请与您的医疗团队讨论所有正在服用的药物以及治疗后需要注意的事项';
    const lines = typesetter.wrap(text, style, 'ltr', 100);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe(text);
    for (const line of lines)
      expect(typesetter.measure(line, style, 'ltr')).toBeLessThanOrEqual(100);
  });

  it('never puts a closing Chinese punctuation mark at the start of a line', () => {
    const lines = typesetter.wrap(
      '请带上您的药物清单。请按时复诊，并报告任何变化。',
      style,
      'ltr',
      60,
    );
    for (const line of lines) expect(line).not.toMatch(/^[。，]/);
  });

  it('breaks Korean between words, never between the syllables of one word', () => {
    const text = '치료 전에 복용하고 있는 모든 약에 대해 의료진과 이야기하세요';
    const lines = typesetter.wrap(text, style, 'ltr', 90);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(text);
  });

  it('breaks at a newline', () => {
    expect(typesetter.wrap('first\nsecond', style, 'ltr', 500)).toEqual(['first', 'second']);
  });

  it('cuts a word wider than the column between characters', () => {
    const lines = typesetter.wrap('Supercalifragilisticexpialidocious', style, 'ltr', 60);
    expect(lines.join('')).toBe('Supercalifragilisticexpialidocious');
    for (const line of lines)
      expect(typesetter.measure(line, style, 'ltr')).toBeLessThanOrEqual(60);
  });

  it('wraps right-to-left text to the same pieces, in logical order', () => {
    const text = 'تُجمع خلاياك الجذعية الدموية وتُعدَّل في المختبر ثم تُعاد إليك';
    const lines = typesetter.wrap(text, style, 'rtl', 120);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
  });

  it('never loses text and never exceeds the width, for any mix of words (property)', () => {
    const word = fc.constantFrom(
      'gene',
      'therapy',
      'Zoë',
      'Ñúñez',
      'الجذعية',
      '治疗',
      '药物清单',
      'יעל',
      'अनन्या',
      'Ελένη',
      '2027-01-05',
    );
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 80, max: 400 }),
        (words, width) => {
          const text = words.join(' ');
          const lines = typesetter.wrap(text, style, 'ltr', width);
          expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
          for (const line of lines)
            expect(typesetter.measure(line, style, 'ltr')).toBeLessThanOrEqual(width + 0.01);
        },
      ),
      { numRuns: 300 },
    );
  });
});
