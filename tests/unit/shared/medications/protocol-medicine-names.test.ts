import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { LANGUAGES, type Language } from '@shared/i18n/languages';
import { matchMedications } from '@shared/medications/match-medications';

const protocols = loadProtocolFolder(path.resolve('resources/protocols'));

type Typed = Record<Language, string[]>;
const PREDNISONE: Typed = {
  en: ['prednisone 20 mg', 'Deltasone'],
  es: ['prednisona 20 mg', 'Dacortin'],
  ar: ['بريدنيزون ٢٠ ملغ'],
  zh: ['醋酸泼尼松片', '强的松'],
  vi: ['prednison 5mg'],
  ru: ['преднизолон 5 мг', 'Преднизон'],
  tl: ['prednisone 20 mg'],
  ko: ['프레드니손 5mg'],
};

/**
 * How a patient reading each language might type each example rule's medicine, as on a box or a prescription.
 * A rule added to an example protocol needs a row here, and names in the protocol that these entries match.
 */
const TYPED = new Map<string, Typed>([
  [
    'avoid-live-vaccines',
    {
      en: ['MMR vaccine', 'yellow fever vaccine'],
      es: ['vacuna triple viral', 'Varilrix'],
      ar: ['لقاح الحصبة', 'لقاح الحمى الصفراء', 'لقاح الجدري المائي'],
      zh: ['麻腮风联合减毒活疫苗', '水痘减毒活疫苗', '黄热病疫苗'],
      vi: ['vắc-xin sởi - quai bị - rubella', 'vắc xin thủy đậu', 'vắc-xin sốt vàng'],
      ru: ['Приорикс', 'вакцина против жёлтой лихорадки', 'Варилрикс'],
      tl: ['bakuna sa MMR', 'bakuna sa yellow fever'],
      ko: ['MMR 백신', '수두 생백신', '황열 백신'],
    },
  ],
  [
    'avoid-routine-steroids',
    {
      en: ['Medrol 4 mg', 'dexamethasone 4mg'],
      es: ['dexametasona 4 mg', 'metilprednisolona', 'Dacortin 30 mg'],
      ar: ['ديكساميثازون ٤ ملغ', 'بريدنيزون', 'هيدروكورتيزون'],
      zh: ['醋酸泼尼松片 5毫克', '地塞米松', '甲泼尼龙片', '强的松'],
      vi: ['Dexamethason 0,5mg', 'Medrol 16mg', 'prednisolon 5mg'],
      ru: ['Дексаметазон 0,5 мг', 'Метипред 4 мг', 'преднизолон'],
      tl: ['Medrol 4 mg', 'dexamethasone 4 mg'],
      ko: ['덱사메타손 0.5mg', '메드롤 4mg', '소론도 5mg'],
    },
  ],
  [
    'infusion-premedication',
    {
      en: ['Tylenol 500 mg', 'Benadryl'],
      es: ['acetaminofén 500 mg', 'difenhidramina'],
      ar: ['باراسيتامول ٥٠٠ ملغ', 'بانادول', 'ديفينهيدرامين'],
      zh: ['对乙酰氨基酚片', '扑热息痛', '盐酸苯海拉明'],
      vi: ['Paracetamol 500mg', 'Efferalgan 500', 'Hapacol 250'],
      ru: ['Парацетамол 500 мг', 'Эффералган', 'Димедрол'],
      tl: ['Biogesic 500 mg', 'paracetamol', 'Benadryl'],
      ko: ['타이레놀 500mg', '아세트아미노펜', '디펜히드라민'],
    },
  ],
  [
    'avoid-alcohol',
    {
      en: ['beer', 'wine'],
      es: ['cerveza', 'vino'],
      ar: ['الكحول', 'بيرة', 'نبيذ'],
      zh: ['酒精', '啤酒', '白酒'],
      vi: ['rượu', 'bia'],
      ru: ['пиво', 'водка'],
      tl: ['alak', 'beer'],
      ko: ['소주', '맥주'],
    },
  ],
  [
    'liver-harming-medicines',
    {
      en: ['Tylenol 500 mg', 'Panadol'],
      es: ['acetaminofén', 'Gelocatil 1 g'],
      ar: ['باراسيتامول', 'بانادول'],
      zh: ['对乙酰氨基酚', '扑热息痛', '泰诺林'],
      vi: ['Efferalgan 500mg', 'Hapacol', 'Panadol'],
      ru: ['парацетамол 500 мг', 'Панадол', 'Калпол'],
      tl: ['Biogesic 500 mg', 'paracetamol'],
      ko: ['타이레놀 500mg', '아세트아미노펜'],
    },
  ],
  [
    'avoid-nsaids-aspirin',
    {
      en: ['Advil 200 mg', 'ibuprofen', 'aspirin 81 mg'],
      es: ['ibuprofeno 400 mg', 'aspirina'],
      ar: ['إيبوبروفين ٤٠٠ ملغ', 'الأسبرين'],
      zh: ['布洛芬缓释胶囊', '阿司匹林肠溶片'],
      vi: ['Ibuprofen 400mg', 'Aspirin 81mg'],
      ru: ['Нурофен 200 мг', 'Кардиомагнил', 'аспирин'],
      tl: ['Medicol 200 mg', 'Alaxan', 'aspirin 80 mg'],
      ko: ['부루펜 400mg', '탁센', '아스피린 100mg'],
    },
  ],
  [
    'pause-hydroxyurea',
    {
      en: ['Hydrea 500 mg', 'hydroxyurea'],
      es: ['hidroxiurea 500 mg', 'hidroxicarbamida'],
      ar: ['هيدروكسي يوريا ٥٠٠ ملغ', 'هيدريا'],
      zh: ['羟基脲 500毫克', '羟基脲500毫克', '羟基脲胶囊'],
      vi: ['Hydrea 500mg', 'hydroxyurea'],
      ru: ['Гидреа 500 мг', 'гидроксикарбамид'],
      tl: ['Hydrea 500 mg', 'hydroxyurea'],
      ko: ['하이드린 500mg', '하이드록시우레아'],
    },
  ],
  [
    'pause-iron-chelators',
    {
      en: ['Exjade 500 mg', 'deferoxamine', 'Ferriprox'],
      es: ['deferasirox 360 mg', 'deferoxamina', 'Desferin'],
      ar: ['ديفيراسيروكس ٥٠٠ ملغ', 'ديسفيرال'],
      zh: ['地拉罗司分散片', '去铁胺', '去铁酮片'],
      vi: ['Exjade 500mg', 'thuốc thải sắt Desferal'],
      ru: ['Эксиджад 500 мг', 'Десферал'],
      tl: ['Exjade 500 mg', 'Desferal'],
      ko: ['엑스자이드 500mg', '데스페랄'],
    },
  ],
  [
    'avoid-g-csf',
    {
      en: ['Neupogen', 'filgrastim injection', 'Neulasta'],
      es: ['filgrastim', 'Zarzio'],
      ar: ['فيلغراستيم', 'نيولاستا'],
      zh: ['重组人粒细胞刺激因子 非格司亭', '升白针'],
      vi: ['filgrastim', 'Neupogen 30 MU'],
      ru: ['Нейпоген', 'филграстим', 'Лейкостим'],
      tl: ['Neupogen', 'filgrastim'],
      ko: ['그라신', '뉴라스타'],
    },
  ],
  [
    'prednisolone',
    {
      en: ['prednisolone 15 mg/5 mL', 'Orapred'],
      es: ['prednisolona', 'Estilsona gotas'],
      ar: ['بريدنيزولون'],
      zh: ['泼尼松龙片', '泼尼松龙 5毫克'],
      vi: ['prednisolon 5mg', 'Hydrocolacyl'],
      ru: ['Преднизолон 5 мг', 'Медопред'],
      tl: ['prednisolone 15 mg/5 mL', 'Orapred'],
      ko: ['프레드니솔론 5mg', '소론도'],
    },
  ],
  ['prednisone-first-eye', PREDNISONE],
  ['prednisone-second-eye', PREDNISONE],
]);

const ARABIC = /\p{Script=Arabic}/u;
const CHINESE = /\p{Script=Han}/u;

describe.each(protocols)('the medicine rules of $id', (protocol) => {
  it.each(protocol.medications)('$id is recognised however the patient reads', (rule) => {
    expect(
      rule.matchNames.some((name) => ARABIC.test(name)),
      'a name in Arabic',
    ).toBe(true);
    expect(
      rule.matchNames.some((name) => CHINESE.test(name)),
      'a name in Chinese',
    ).toBe(true);
    const typed = TYPED.get(rule.id);
    expect(typed, `how patients type "${rule.id}", in TYPED above`).toBeDefined();
    for (const language of LANGUAGES) {
      const entries = typed?.[language] ?? [];
      expect(entries.length, `entries typed in ${language}`).toBeGreaterThan(0);
      for (const entry of entries) {
        const { matches } = matchMedications([entry], protocol.medications);
        expect(
          matches.filter((match) => match.ruleId === rule.id),
          `${entry} (${language})`,
        ).toEqual([expect.objectContaining({ exact: true })]);
        // Another rule may name the same medicine (each eye's course), but nothing is a mere guess.
        expect(
          matches.filter((match) => !match.exact),
          `guesses for ${entry} (${language})`,
        ).toEqual([]);
      }
    }
  });
});
