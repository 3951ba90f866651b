/**
 * Chinese writes a medicine's name, its salt, its form and its dose as one run of characters: "醋酸泼尼松片" is
 * prednisone (泼尼松) acetate tablets, "羟基脲五百毫克" hydroxyurea 500 mg. These are the words that may stand
 * around a name without making it another medicine. Anything else may: "泼尼松龙" is prednisolone, not
 * prednisone, so a name found inside other characters is only a guess.
 */
const AFFIXES = new Set([
  // salts
  ...['盐酸', '醋酸', '磷酸', '硫酸', '枸橼酸', '马来酸', '琥珀酸', '钠', '钾'],
  // forms
  ...[
    '片',
    '片剂',
    '胶囊',
    '颗粒',
    '粒',
    '丸',
    '口服液',
    '溶液',
    '注射液',
    '注射剂',
    '注射用',
    '针',
    '针剂',
    '混悬液',
    '滴剂',
    '糖浆',
  ],
  ...['缓释', '控释', '肠溶', '泡腾', '咀嚼', '分散', '乳膏', '软膏', '凝胶', '栓', '贴', '喷雾剂'],
  ...['疫苗', '活疫苗', '减毒', '联合', '复方', '儿童', '小儿'],
  // doses, in Chinese numerals and units, and how often
  ...[
    '〇',
    '零',
    '一',
    '二',
    '两',
    '三',
    '四',
    '五',
    '六',
    '七',
    '八',
    '九',
    '十',
    '百',
    '千',
    '半',
  ],
  ...['毫克', '克', '微克', '毫升', '单位', '每', '日', '天', '次'],
  // taking it
  ...['服用', '口服', '吃', '药'],
]);
const LONGEST = Math.max(...[...AFFIXES].map((affix) => affix.length));

/** True when `text` is nothing but such words, one after another (or nothing at all). */
export function isOnlyAffixes(text: string): boolean {
  // ends[i]: text.slice(0, i) splits into affixes.
  const ends = [true, ...Array<boolean>(text.length).fill(false)];
  for (let end = 1; end <= text.length; end += 1) {
    for (let size = 1; size <= Math.min(LONGEST, end) && !ends[end]; size += 1) {
      ends[end] = ends[end - size] === true && AFFIXES.has(text.slice(end - size, end));
    }
  }
  return ends[text.length] === true;
}
