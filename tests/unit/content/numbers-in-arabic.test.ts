import { describe, expect, it } from 'vitest';
import { patientTexts } from '../../support/patient-texts';

/** Spans wrapped in a first-strong isolate (U+2068 … U+2069), which the bidi rules lay out as one piece. */
const ISOLATED = /\u2068[^\u2069]*\u2069/g;
/** A phone number that mixes digits and Latin letters (1-800-FDA-1088), or a web address. */
const MIXED_NUMBER_OR_ADDRESS = /\d[\d-]*-[\dA-Za-z-]*[A-Za-z]|\bwww\./;

describe('numbers and addresses inside Arabic text', () => {
  // After Arabic letters the bidi rules read digits as Arabic numbers: 1-800-FDA-1088 would show as FDA-1088-800-1,
  // on screen and on paper, and a reader would call a wrong number.
  it('are isolated wherever digits meet Latin letters, or a web address is given', () => {
    const loose = patientTexts('ar').filter(([, text]) =>
      MIXED_NUMBER_OR_ADDRESS.test(text.replace(ISOLATED, '')),
    );
    expect(loose).toEqual([]);
  });
});
