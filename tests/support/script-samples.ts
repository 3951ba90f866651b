/**
 * A sample per script the handout must print: the scripts of the languages most spoken by patients with limited
 * English in the US and the EU, the rarer Chinese characters of names, and emoji. Each names the font file that
 * draws it (src/main/handout/fonts/font-files.ts).
 */
export const SCRIPT_SAMPLES: ReadonlyArray<{ script: string; text: string; font: string }> = [
  {
    script: 'Latin, Vietnamese',
    text: 'Nguyễn Thị Hương, Phạm Ngọc Ẩn',
    font: 'NotoSans-Regular.ttf',
  },
  { script: 'Cyrillic', text: 'Ольга Коваленко', font: 'NotoSans-Regular.ttf' },
  { script: 'Greek', text: 'Ελένη Παπαδοπούλου', font: 'NotoSans-Regular.ttf' },
  { script: 'Arabic (Persian)', text: 'فارسی پژوهش گچ', font: 'NotoSansArabic-Regular.ttf' },
  { script: 'Arabic (Urdu)', text: 'اردو ٹماٹر ڈاکٹر بڑے', font: 'NotoSansArabic-Regular.ttf' },
  { script: 'Hebrew', text: 'יעל כהן', font: 'NotoSansHebrew-Regular.ttf' },
  { script: 'Devanagari', text: 'अनन्या शर्मा', font: 'NotoSansDevanagari-Regular.ttf' },
  { script: 'Bengali', text: 'বাংলা ভাষা', font: 'NotoSansBengali-Regular.ttf' },
  { script: 'Gurmukhi', text: 'ਪੰਜਾਬੀ', font: 'NotoSansGurmukhi-Regular.ttf' },
  { script: 'Gujarati', text: 'ગુજરાતી', font: 'NotoSansGujarati-Regular.ttf' },
  { script: 'Tamil', text: 'தமிழ்', font: 'NotoSansTamil-Regular.ttf' },
  { script: 'Telugu', text: 'తెలుగు', font: 'NotoSansTelugu-Regular.ttf' },
  { script: 'Thai', text: 'สมชาย ใจดี', font: 'NotoSansThai-Regular.ttf' },
  { script: 'Lao', text: 'ພາສາລາວ', font: 'NotoSansLao-Regular.ttf' },
  { script: 'Khmer', text: 'ភាសាខ្មែរ', font: 'NotoSansKhmer-Regular.ttf' },
  { script: 'Myanmar', text: 'မြန်မာဘာသာ', font: 'NotoSansMyanmar-Regular.ttf' },
  { script: 'Armenian', text: 'Հայերեն', font: 'NotoSansArmenian-Regular.ttf' },
  { script: 'Georgian', text: 'ქართული', font: 'NotoSansGeorgian-Regular.ttf' },
  { script: 'Ethiopic', text: 'አማርኛ ትግርኛ', font: 'NotoSansEthiopic-Regular.ttf' },
  { script: 'Chinese', text: '李小龙 王芳', font: 'DroidSansFallbackFull.ttf' },
  { script: 'Japanese', text: 'さくら カタカナ 漢字', font: 'DroidSansFallbackFull.ttf' },
  { script: 'Korean', text: '김민준 한국어', font: 'NanumGothic.ttf' },
  { script: 'CJK Extension B', text: '𠮷野 𡈽 𠀋', font: 'HanaMinB.ttf' },
  { script: 'emoji', text: '😀 ❤ 👍', font: 'Symbola_hint.ttf' },
];
