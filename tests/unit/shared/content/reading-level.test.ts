import { describe, expect, it } from 'vitest';
import { readingLevel, syllables } from '@shared/content/reading-level';

describe('readingLevel', () => {
  it('counts syllables roughly right', () => {
    expect(['cat', 'table', 'medicine', 'therapy', 'infusion', 'the'].map(syllables)).toEqual([
      1, 2, 3, 3, 3, 1,
    ]);
  });

  it('rates plain text low and dense text high', () => {
    const plain = readingLevel(
      'We take some of your blood cells. We change them in a lab. Then we give them back to you.',
    );
    const dense = readingLevel(
      'Myeloablative conditioning with intravenous busulfan necessitates comprehensive pharmacokinetic monitoring, considering interindividual variability regarding hepatic metabolism.',
    );
    expect(plain?.grade).toBeLessThan(6);
    expect(dense?.grade).toBeGreaterThan(14);
  });

  it('gives no hint for very short text', () => {
    expect(readingLevel('Liver tests')).toBeNull();
  });
});
