import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../src/main/protocol/example-protocols';
import { loadGlossary } from '../../../src/main/content/glossary-file';
import { loadLessonFolder } from '../../../src/main/content/lesson-files';
import { LANGUAGES, type Language } from '@shared/i18n/languages';
import { SIGN_LEVELS } from '@shared/warning-signs/sign-level';
import { WarningSignSchema } from '@shared/protocol/after-treatment';
import { ListedSignIdsSchema, WARNING_SIGNS } from '@shared/warning-signs/warning-sign-catalog';
import { patientTexts } from '../../support/patient-texts';

/**
 * One list of warning signs, one level each (resources/warning-signs). Everything else that names a sign reaches
 * it through that list by id, so no text can give a sign a level of its own: a second level would be a second
 * answer to "emergency or call the team?".
 */
describe('the list of warning signs', () => {
  it('has three levels, and every sign has one of them', () => {
    expect(SIGN_LEVELS).toEqual(['emergency', 'call-team-now', 'call-within-a-day']);
    for (const sign of WARNING_SIGNS.values()) expect(SIGN_LEVELS).toContain(sign.level);
  });

  it('never lists the same words twice, so the same sign cannot carry two levels', () => {
    const words = [...WARNING_SIGNS.values()].map((sign) => sign.sign.en?.toLowerCase());
    expect(words.filter((word, index) => words.indexOf(word) !== index)).toEqual([]);
  });

  it('is where every shipped protocol takes its signs from, with no level of their own', () => {
    for (const protocol of loadProtocolFolder(path.resolve('resources/protocols'))) {
      const own = protocol.afterTreatment.warningSigns
        .filter((sign) => sign.kind !== 'listed')
        .map((sign) => `${protocol.id}: ${sign.id}`);
      expect(own).toEqual([]);
    }
  });

  it('is the only place a listed sign can come from: an id it does not hold is refused wherever it is named', () => {
    expect(
      WarningSignSchema.safeParse({ kind: 'listed', id: 'no-such-sign', when: null }).success,
    ).toBe(false);
    expect(
      WarningSignSchema.safeParse({ kind: 'listed', id: 'car-t-crs', when: null }).success,
    ).toBe(true);
    expect(ListedSignIdsSchema.safeParse(['car-t-neuro', 'no-such-sign']).success).toBe(false);
  });

  it('holds the signs the lessons and the glossary name (their files are checked against it as they load)', () => {
    const named = [
      ...loadLessonFolder(path.resolve('resources/lessons')).flatMap((lesson) =>
        lesson.sections.flatMap((section) => section.warningSigns ?? []),
      ),
      ...loadGlossary(path.resolve('resources/glossary/glossary.json')).entries.flatMap(
        (entry) => entry.warningSigns ?? [],
      ),
    ];
    // The lesson on the first days and the CRS and ICANS glossary entries name signs, and they all resolve.
    expect(named).toEqual(
      expect.arrayContaining([
        'car-t-crs',
        'car-t-neuro',
        'chest-or-breathing',
        'confusion-or-fainting',
      ]),
    );
  });
});

/** How each language tells the reader how fast to get help: an emergency, or a call to the team. */
const LEVEL_WORDS: Record<Language, RegExp> = {
  en: /emergency (number|room|care|services)|\b911\b|calls? (your|the|their)( child's| patient's)?( care| treatment| gene therapy| eye surgery| cell therapy)? team|get help (right away|at once|now)/i,
  es: /emergencias?\b|urgencias|llam(e|ar|a)\b[^.;]{0,40}\bequipo/i,
  ar: /الطوارئ|طارئة|(اتصل|الاتصال|يتصل|تتصل)[^.؛]{0,30}فريق/,
  zh: /急救|急诊|联系[^。；]{0,8}医疗团队/,
  vi: /cấp cứu|gọi (?:cho )?nhóm (?:chăm sóc|điều trị)|tìm giúp đỡ ngay/i,
  ru: /скор(?:ую|ой|ая) помощ|экстренн|при[её]мн\p{L}* отделени|позвон\p{L}*[^.;]{0,40}команд/iu,
  tl: /\bemergency\b|\b911\b|tawag(?:an|in)?\b[^.;]{0,40}\bpangkat|humingi agad ng tulong/i,
  ko: /응급|119|의료진에게 (?:바로 )?전화|바로 도움/,
};

/** Words that name a warning sign from the list (a symptom), in each language. */
const SIGN_WORDS: Record<Language, RegExp> = {
  en: /fever|temperature|chills|confus|seizure|trouble (breathing|speaking)|chest|faint|yellow|dark urine|bleed|bruis|swelling|shaking|dizz|vomit|throw(n)? up|wheez|vision|eye pain|sensitivity to light|headache|weakness/i,
  es: /fiebre|temperatura|escalofr|confusi[óo]n|convulsi|respirar|pecho|desmay|amarill|orina oscura|sangrado|sangra\b|sangre en|moret|hinchaz|temblor|mareo|v[óo]mit|silbido|visi[óo]n|dolor de cabeza|debilidad/i,
  ar: /حمّى|حمى|حرارة|قشعريرة|ارتباك|تشنج|التنفس|الصدر|إغماء|اصفرار|أصفر|بول داكن|نزيف|كدمات|تورّم|تورم|ارتعاش|دوخة|القيء|تقيأ|أزيز|الرؤية|صداع/,
  zh: /发烧|体温|发冷|意识混乱|糊涂|抽搐|呼吸|胸|晕倒|发黄|尿色|出血|淤青|瘀青|肿胀|浮肿|发抖|头晕|呕吐|吐了|喘|视力|头痛/,
  vi: /sốt|nhiệt độ|ớn lạnh|lú lẫn|co giật|khó thở|ngực|ngất|da vàng|mắt vàng|nước tiểu sẫm|chảy máu|bầm tím|sưng|run|chóng mặt|nôn|khò khè|thị lực|đau mắt|nhạy cảm với ánh sáng|đau đầu|yếu một bên/i,
  ru: /температур|озноб|спутанн|судорог|затрудн[её]нн\p{L}* дыхани|груд(?:и|ь)|обморок|ж[её]лт|пожелт|т[её]мн\p{L}* моч|кровотечени|кровь в|синяк|от[её]к|опух|дрож|головокружени|рвот|вырвал|свистящ|зрени|боль в глаз|чувствительност\p{L}* к свету|головн\p{L}* бол|слабост/iu,
  tl: /lagnat|temperatura|panginginig|pagkalito|seizure|kombulsiyon|hirap sa paghinga|hirap magsalita|dibdib|himatay|paninilaw|\bdilaw|maitim na ihi|pagdurugo|\bpasa\b|pamamaga|pagkahilo|pagsusuka|nagsuka|naisuka|paghuni|paningin|sakit ng ulo|panghihina/i,
  ko: /열[이은을과,]|체온|오한|혼란|경련|숨쉬기|가슴|기절|노랗|노래짐|소변 색|출혈|멍|부기|붓|떨림|어지러|구토|토하|토했|쌕쌕|시력|눈의 통증|눈부심|두통|힘이 빠/,
};

/** The one place a level meets a sign: the list itself, under the level words decided once in the locale. */
const isTheList = (where: string) =>
  where.startsWith('resources/warning-signs/') ||
  /^locales\/[a-z]+\/checklist\.json\.signLevels\./.test(where);

describe('no text outside the list gives a warning sign a level', () => {
  it.each(LANGUAGES)('in %s: locale, protocol, lesson and glossary texts', (language) => {
    const restated = patientTexts(language).filter(
      ([where, text]) =>
        !isTheList(where) && LEVEL_WORDS[language].test(text) && SIGN_WORDS[language].test(text),
    );
    expect(restated).toEqual([]);
  });
});
