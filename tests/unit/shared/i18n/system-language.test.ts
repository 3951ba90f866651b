import { describe, expect, it } from 'vitest';
import { languageForSystem } from '@shared/i18n/system-language';

describe("the first start's language, from the computer's preferred languages", () => {
  it.each([
    [['vi-VN'], 'vi'],
    [['vi'], 'vi'],
    [['ko-KR'], 'ko'],
    [['ko-Kore-KR', 'en-US'], 'ko'],
    [['es-MX', 'en-US'], 'es'],
    [['ar-EG'], 'ar'],
    [['zh-CN'], 'zh'],
    [['zh-Hans-SG'], 'zh'],
    [['en-GB'], 'en'],
    [['fr-FR'], 'en'],
    [['fr-FR', 'vi-VN'], 'vi'],
    [[], 'en'],
    [['not a tag', 'vi_VN'], 'vi'],
  ] as const)('%j → %s', (preferred, language) => {
    expect(languageForSystem(preferred)).toBe(language);
  });

  it('gives a Traditional Chinese reader our Simplified Chinese, unless a language they list is shipped as written', () => {
    expect(languageForSystem(['zh-TW'])).toBe('zh');
    expect(languageForSystem(['zh-Hant-HK', 'fr-FR'])).toBe('zh');
    expect(languageForSystem(['zh-TW', 'en-US'])).toBe('en');
    expect(languageForSystem(['zh-HK', 'vi-VN'])).toBe('vi');
  });
});

describe('the names Linux gives (g_get_language_names)', () => {
  it('reads Tagalog and Filipino, which Intl names "fil", as our Tagalog', () => {
    expect(languageForSystem(['tl-PH'])).toBe('tl');
    expect(languageForSystem(['fil-PH', 'en-US'])).toBe('tl');
    expect(languageForSystem(['tl_PH.UTF-8', 'tl_PH', 'tl', 'C'])).toBe('tl');
  });

  it('reads "vi_VN.UTF-8, vi_VN, vi, C" as Vietnamese and "C" alone as English', () => {
    expect(languageForSystem(['vi_VN.UTF-8', 'vi_VN', 'vi', 'C'])).toBe('vi');
    expect(languageForSystem(['C'])).toBe('en');
  });
});
