import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '@shared/i18n/languages';
import { languageOf, patientTexts, readJson as read } from '../../support/patient-texts';

/**
 * Gene therapy is not promised never to reach a patient's children: most treatments change body cells, not eggs
 * or sperm, and labels still ask for birth control for a time (fact sheet rows R8, H9, S12). A sentence that says
 * the change will not pass to children is refused unless it says how sure that is ("not expected", "most").
 */
const CERTAIN: Record<Language, RegExp> = {
  en: /\b(?:not|never)\s+(?:be\s+)?pass(?:ed)?\s+(?:on\s+)?to\b.*\bchild|\bchild(?:ren)?\b.*\b(?:will not|won't|cannot|can't|never)\s+(?:get|inherit|receive)\b/i,
  es: /\bno\s+(?:se\s+)?pas(?:a|ará|an|arán)\s+a\s+(?:sus\s+|los\s+)?(?:futuros\s+)?hijos\b|\bhijos\b.*\bno\s+(?:recibir|heredar|tendr)[áa]n\b/i,
  ar: /(?:لا|لن)\s+(?:ي|ت)نتقل.*أطفال|أطفال.*(?:لا|لن)\s+(?:ي|ت)رث/,
  zh: /不会(?:遗传|传)给.*(?:孩子|子女)|(?:孩子|子女).*不会(?:得到|遗传)/,
  vi: /không\s+(?:được\s+)?truyền\s+(?:sang|cho)\s.*\bcon\b|\bcon\b.*(?:sẽ không|không thể|không bao giờ)\s+(?:nhận|thừa hưởng)/i,
  ru: /не\s+(?:перейд[её]т|переда[её]тся|передастся|попад[её]т)\s+(?:к|на)\s.*дет|дет\p{L}*.*\sне\s+(?:получ|унаслед)/iu,
  tl: /\bhindi\s+(?:na\s+)?(?:maipapasa|maipasa|naipapasa|ipapasa|mapapasa|makukuha|mamanahin)\b.*\banak\b/i,
  ko: /(?:자녀|아이).*(?:전해지지|물려받지|유전되지)\s*(?:않|못)|(?:전해지지|물려받지|유전되지)\s*(?:않|못).*(?:자녀|아이)/,
};
/** How each language says how sure it is. */
const HEDGED: Record<Language, RegExp> = {
  en: /\bnot expected\b|\bmost\b/i,
  es: /\bno se espera\b|\bla mayoría\b/i,
  ar: /لا\s+يُتوقع|معظم/,
  zh: /预计|大多数|一般认为/,
  vi: /không được cho là|hầu hết/i,
  ru: /не\s+ожидается|большинств/iu,
  tl: /\bhindi inaasahan|\bkaramihan\b/i,
  ko: /예상|대부분/,
};
const sentences = (text: string) => text.split(/(?<=[.。؟?!])\s*/);
const certainClaims = (language: Language, texts: Array<[string, string]>) =>
  texts.flatMap(([where, text]) =>
    sentences(text)
      .filter((s) => CERTAIN[language].test(s) && !HEDGED[language].test(s))
      .map((s) => `${where}: ${s}`),
  );

describe('no text promises that the change never reaches the children', () => {
  it.each([
    ['en', 'So the change is not passed on to your children.'],
    ['en', 'Not passed to your children'],
    ['en', 'It does not change your eggs or sperm, so your children will not get the change.'],
    ['es', 'Por eso, el cambio no pasa a sus hijos.'],
    ['es', 'No cambia sus óvulos ni espermatozoides, así que sus hijos no recibirán el cambio.'],
    ['ar', 'لذلك لا ينتقل التغيير إلى أطفالك.'],
    ['ar', 'لذلك لن ينتقل التغيير إلى أطفالك.'],
    ['zh', '所以，这个改变不会传给您的孩子。'],
    ['zh', '它不会改变卵子或精子，所以您的孩子不会得到这个改变。'],
    ['vi', 'Vì vậy sự thay đổi không truyền sang con cái của bạn.'],
    [
      'vi',
      'Nó không thay đổi trứng hay tinh trùng, nên con cái của bạn sẽ không nhận sự thay đổi.',
    ],
    ['ru', 'Поэтому изменение не перейдёт к вашим детям.'],
    [
      'ru',
      'Оно не меняет яйцеклетки или сперматозоиды, поэтому ваши дети не получат это изменение.',
    ],
    ['tl', 'Kaya hindi maipapasa ang pagbabago sa inyong mga anak.'],
    [
      'tl',
      'Hindi nito binabago ang itlog o semilya, kaya hindi makukuha ng inyong mga anak ang pagbabago.',
    ],
    ['ko', '그래서 이 변화는 자녀에게 전해지지 않습니다.'],
    ['ko', '난자나 정자를 바꾸지 않으므로 자녀는 이 변화를 물려받지 않습니다.'],
  ] as const)('catches the certain claim (%s) "%s"', (language, text) => {
    expect(certainClaims(language, [['example', text]])).toHaveLength(1);
  });

  it.each([
    ['en', 'So the change is not expected to pass to your children.'],
    ['es', 'Por eso no se espera que el cambio pase a sus hijos.'],
    ['ar', 'لذلك لا يُتوقع أن ينتقل التغيير إلى أطفالك.'],
    ['zh', '所以，预计这个改变不会传给您的孩子。'],
    ['vi', 'Vì vậy sự thay đổi không được cho là sẽ truyền sang con cái của bạn.'],
    ['ru', 'Поэтому не ожидается, что изменение перейдёт к вашим детям.'],
    ['tl', 'Kaya hindi inaasahang maipapasa ang pagbabago sa inyong mga anak.'],
    ['ko', '그래서 이 변화는 자녀에게 전해지지 않을 것으로 예상합니다.'],
  ] as const)('lets through what the sources say (%s) "%s"', (language, text) => {
    expect(certainClaims(language, [['example', text]])).toEqual([]);
  });

  it.each(LANGUAGES)('in %s: locale, protocol, lesson and glossary texts', (language) => {
    expect(certainClaims(language, patientTexts(language))).toEqual([]);
  });
});

/** How each language says "most" and "birth control". */
const MOST: Record<Language, RegExp> = {
  en: /\bMost\b/,
  es: /\bLa mayoría\b/,
  ar: /معظم/,
  zh: /大多数/,
  vi: /Hầu hết/,
  ru: /Большинство/,
  tl: /\bkaramihan\b/i,
  ko: /대부분/,
};
const BIRTH_CONTROL: Record<Language, RegExp> = {
  en: /\bbirth control\b/,
  es: /\banticonceptivo\b/,
  ar: /منع\s+الحمل/,
  zh: /避孕/,
  vi: /tránh thai/,
  ru: /контрацеп/,
  tl: /\bbirth control\b/,
  ko: /피임/,
};

describe('the lesson on what gene therapy can do says what the sources say', () => {
  const lesson = read('resources/lessons/03-what-it-can-do.json') as {
    sections: Array<{ id: string; summary: Record<string, string> }>;
  };
  const part = lesson.sections.find((section) => section.id === 'not-passed-to-children');

  it.each(Object.keys(part?.summary ?? {}))(
    'in %s: most treatments, and birth control for a time',
    (key) => {
      const language = languageOf(key) as Language;
      expect(part?.summary[key]).toMatch(MOST[language]);
      expect(part?.summary[key]).toMatch(BIRTH_CONTROL[language]);
    },
  );
});
