/**
 * A typed medicine, or a protocol's name for one, as the words that are compared: the same medicine written in
 * any of the app's scripts gives the same words however it was typed.
 */

const HAN = /^\p{Script=Han}+$/u;

/** A word of Chinese characters: each is a whole syllable, so such words are compared without typo tolerance. */
export const isHanWord = (word: string): boolean => HAN.test(word);

/**
 * Arabic letters written several ways for the same sound, and the Persian forms of Arabic letters that Arabic
 * keyboards on Persian systems type. Hamza on alef, waw and yeh is removed earlier with the other marks.
 */
const ARABIC_FORMS = new Map([
  ['\u0671', '\u0627'], // ٱ → ا
  ['\u0649', '\u064A'], // ى → ي
  ['\u06CC', '\u064A'], // ی → ي
  ['\u0629', '\u0647'], // ة → ه
  ['\u06A9', '\u0643'], // ک → ك
]);
const ARABIC_FORM = new RegExp(`[${[...ARABIC_FORMS.keys()].join('')}]`, 'gu');
const TATWEEL = /\u0640/gu;

/**
 * Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits, whose code points end in the digit's value;
 * full-width digits have already become ASCII.
 */
const INDIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/gu;
const asciiDigit = (digit: string) => String((digit.codePointAt(0) as number) & 0xf);

/** Where a word ends though nothing separates it: a dose glued to a name ("medrol4mg", "羟基脲500毫克"), or Chinese beside another script. */
const GLUED =
  /(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})|(?<=\p{Script=Han})(?=\P{Script=Han})|(?<=\P{Script=Han})(?=\p{Script=Han})/gu;

/** The Arabic article, written onto the word it belongs to: "الكحول" is "كحول" (alcohol). */
const ARABIC_ARTICLE = /^\u0627\u0644(?=\p{Script=Arabic}{3})/u;

/**
 * Lowercase words without accents, harakat, tatweel or punctuation, in one form per letter and in ASCII digits:
 * "Hidroxiúrea 500 mg" → hidroxiurea 500 mg; "ＭＥＤＲＯＬ５００ｍｇ" → medrol 500 mg; "البَاراسيتامول ٥٠٠" →
 * باراسيتامول 500; "羟基脲500毫克" → 羟基脲 500 毫克.
 */
export function medicineWords(text: string): string[] {
  return (
    text
      // Compatibility forms (full-width Latin and digits, Arabic presentation forms) become plain letters, and
      // accents and harakat separate from their letters so they can be dropped.
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(TATWEEL, '')
      .replace(ARABIC_FORM, (letter) => ARABIC_FORMS.get(letter) as string)
      .replace(INDIC_DIGIT, asciiDigit)
      .toLowerCase()
      .replace(GLUED, ' ')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map((word) => word.replace(ARABIC_ARTICLE, ''))
  );
}
