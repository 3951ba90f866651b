import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '@shared/i18n/languages';
import { resolveText, type LocalizedText } from '@shared/schemas/localized-text';
import type { Voice } from '@shared/i18n/voice';
import { localizedTexts } from '../../support/localized-texts';
import { CONTENT_FOLDERS, jsonFiles, readJson } from '../../support/patient-texts';

/** "Your new cells", said to the patient: the cells are the patient's, so a parent or a caregiver must not read it. */
const YOUR_NEW_CELLS: Record<Language, RegExp> = {
  en: /\byour new cells\b/i,
  es: /\b(sus|tus) nuevas células\b/i,
  ar: /خلاياك الجديدة/,
  zh: /您的新细胞/,
  vi: /tế bào mới của bạn/i,
  ru: /ваш\p{L}* нов\p{L}* клет/iu,
  tl: /\binyong mga bagong cell\b/i,
  // Korean speaks to the patient without a pronoun ("새 세포"); where it names them, it says 본인.
  ko: /(?:본인|당신|나)의 새 세포/,
};

/** What a reader in this voice sees of every protocol, lesson and glossary text that says "your new cells". */
function saysYourNewCells(voice: Voice): string[] {
  return CONTENT_FOLDERS.flatMap(jsonFiles).flatMap((file) =>
    localizedTexts(readJson(file)).flatMap(([where, text]) =>
      LANGUAGES.filter((language) =>
        YOUR_NEW_CELLS[language].test(resolveText(text as LocalizedText, language, voice).text),
      ).map((language) => `${file}${where} (${language})`),
    ),
  );
}

describe('a parent and a caregiver read whose new cells they are', () => {
  it("the rule sees the patient's own words in every language", () => {
    const text: LocalizedText = {
      en: 'the infusion of your new cells',
      es: 'la infusión de sus nuevas células',
      ar: 'تسريب خلاياك الجديدة',
      zh: '您的新细胞',
      vi: 'buổi truyền các tế bào mới của bạn',
      ru: 'инфузия ваших новых клеток',
      tl: 'infusion ng inyong mga bagong cell',
      ko: '본인의 새 세포 주입',
    };
    for (const language of LANGUAGES)
      expect(
        YOUR_NEW_CELLS[language].test(resolveText(text, language, 'child').text),
        language,
      ).toBe(true);
  });

  it.each(['child', 'third'] as const)(
    'in the %s voice, no shipped text says "your new cells"',
    (voice) => {
      expect(saysYourNewCells(voice)).toEqual([]);
    },
  );
});
