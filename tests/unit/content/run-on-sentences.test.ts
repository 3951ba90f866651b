import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@shared/i18n/languages';
import { patientTexts } from '../../support/patient-texts';

describe('no patient text runs one sentence into the next', () => {
  // A full stop between two lowercase letters is a slip of an edit ("emergency number.or go"), which a reader trips
  // on; file names ("care-plan.json") are the one place it belongs.
  it.each(LANGUAGES)('%s', (language) => {
    const runOn = patientTexts(language).filter(
      ([where, text]) => !/filename$/i.test(where) && /\p{Ll}\.\p{Ll}/u.test(text),
    );
    expect(runOn).toEqual([]);
  });
});
