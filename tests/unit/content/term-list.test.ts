import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@shared/i18n/languages';
import { patientTexts } from '../../support/patient-texts';
import { readTermList } from '../../support/term-list';

/**
 * Each language's term list (locales/<lang>/terms.json) names renderings that mislead a patient: a cold-medicine
 * brand for a single medicine, "give first aid" for "get emergency care", "pregnant woman" for the carrier virus.
 * No patient text may use them.
 */
const withTermList = LANGUAGES.filter((language) =>
  existsSync(path.resolve('locales', language, 'terms.json')),
);

describe('term lists', () => {
  it('exist for every language', () => {
    expect(withTermList).toEqual([...LANGUAGES]);
  });

  describe.each(withTermList)('%s patient text', (language) => {
    const texts = patientTexts(language);
    const rules = readTermList(language).terms.flatMap((term) =>
      term.never.map((never) => ({ ...never, regex: new RegExp(never.pattern, 'iu') })),
    );

    it('is found (the walk reads the files)', () => {
      expect(texts.length).toBeGreaterThan(500);
    });

    it.each(rules.map((rule) => [rule.text, rule] as const))('never says %s', (_text, rule) => {
      expect(
        texts
          .filter(([, text]) => rule.regex.test(text))
          .map(([where, text]) => `${where}: ${text}`),
      ).toEqual([]);
    });
  });
});
