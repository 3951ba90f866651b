import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translatorsFrom } from '../../../../src/main/i18n/translators';
import { formatCalendarDate } from '@shared/dates/calendar-date';
import { describeDeadlinePassed } from '@shared/dates/describe-timeline-when';
import {
  describeDueDate,
  describeFollowUp,
  describeTiming,
} from '@shared/protocol/describe-timing';
import { LANGUAGES, type Language } from '@shared/i18n/languages';
import type { FollowUp } from '@shared/protocol/after-treatment';
import type { Timing } from '@shared/schemas/timing';
import { VOICES, withVoice } from '@shared/i18n/voice';

const translatorFor = translatorsFrom(path.resolve('locales'));
const label = () => 'X';
const followUp = (amount: number) => ({
  id: 'f',
  what: { en: 'checks' },
  every: { amount, unit: 'weeks' as const },
  lasting: { amount: 3, unit: 'months' as const },
  keyDate: 'infusion',
  source: {
    kind: 'secondary' as const,
    citation: 'test fixture',
    secondaryReason: 'test fixture',
    checkedOn: '2026-12-01',
  },
});

describe('follow-up schedules in words', () => {
  it('say "every week", not "every 1 week", in every language', () => {
    expect(describeFollowUp(followUp(1), label, translatorFor('en'))).toBe(
      'Every week, for 3 months after X',
    );
    expect(describeFollowUp(followUp(2), label, translatorFor('en'))).toBe(
      'Every 2 weeks, for 3 months after X',
    );
    expect(describeFollowUp(followUp(1), label, translatorFor('zh'))).toBe(
      'X后的3个月内，每周一次',
    );
    expect(describeFollowUp(followUp(2), label, translatorFor('zh'))).toBe(
      'X后的3个月内，每2周一次',
    );
    expect(describeFollowUp(followUp(2), label, translatorFor('ar'))).toBe(
      'كل أسبوعين، لمدة 3 أشهر بعد X',
    );
  });
});

describe('a follow-up with one check, or for life, in words', () => {
  const item = (every: FollowUp['every'], lasting: FollowUp['lasting']): FollowUp => ({
    ...followUp(1),
    every,
    lasting,
  });
  const monthly = { amount: 1, unit: 'months' as const };
  const yearly = { amount: 1, unit: 'years' as const };

  it('says "once" where the interval is as long as the span or longer, never "every month, for 1 month"', () => {
    expect(describeFollowUp(item(monthly, monthly), label, translatorFor('en'))).toBe(
      'Once, 1 month after X',
    );
    expect(
      describeFollowUp(item(yearly, { amount: 6, unit: 'months' }), label, translatorFor('en')),
    ).toBe('Once, 6 months after X');
    expect(
      describeFollowUp(
        item({ amount: 4, unit: 'weeks' }, { amount: 1, unit: 'months' }),
        label,
        translatorFor('en'),
      ),
    ).toBe('Every 4 weeks, for 1 month after X');
    expect(describeFollowUp(item(monthly, monthly), label, translatorFor('es'))).toBe(
      'Una vez, 1 mes después de X',
    );
    expect(describeFollowUp(item(monthly, monthly), label, translatorFor('ar'))).toBe(
      'مرة واحدة، بعد شهر واحد من X',
    );
    expect(describeFollowUp(item(monthly, monthly), label, translatorFor('zh'))).toBe(
      'X后1个月时，做一次',
    );
  });

  it('says "for the rest of your life" in the voice of the person reading', () => {
    const lifelong = item(yearly, { kind: 'lifelong' });
    expect(describeFollowUp(lifelong, label, translatorFor('en'))).toBe(
      'Every year after X, for the rest of your life',
    );
    expect(describeFollowUp(lifelong, label, withVoice(translatorFor('en'), 'child'))).toBe(
      "Every year after X, for the rest of your child's life",
    );
    expect(describeFollowUp(lifelong, label, withVoice(translatorFor('en'), 'third'))).toBe(
      "Every year after X, for the rest of the patient's life",
    );
    for (const language of LANGUAGES) {
      const forms = VOICES.map((voice) =>
        describeFollowUp(lifelong, label, withVoice(translatorFor(language), voice)),
      );
      expect(new Set(forms).size, language).toBe(3);
    }
  });
});

/** The SMA prednisolone rule: that very day. */
const dayBefore: Timing = {
  kind: 'on',
  amount: 1,
  unit: 'days',
  relation: 'before',
  keyDate: 'infusion',
};
/** A deadline: that day at the latest. */
const sixWeeksBefore: Timing = {
  kind: 'by',
  amount: 6,
  unit: 'weeks',
  relation: 'before',
  keyDate: 'infusion',
};
const span: Timing = {
  kind: 'span',
  start: { amount: 2, unit: 'weeks', relation: 'before', keyDate: 'infusion' },
  end: { amount: 3, unit: 'months', relation: 'after', keyDate: 'infusion' },
};
const names: Record<string, (id: string) => string> = {
  en: () => 'the infusion',
  es: () => 'la infusión',
  ar: () => 'التسريب',
  zh: () => '输注',
};
const named = (language: Language) => names[language] as (id: string) => string;
const rule = (timing: Timing, language: Language) =>
  describeTiming(timing, named(language), translatorFor(language));

describe('timings in words, by kind', () => {
  it('join an Arabic duration to its sentence, whether it starts with a letter or a number', () => {
    expect(rule(dayBefore, 'ar')).toBe('قبل التسريب بمدة يوم واحد');
    expect(rule(sixWeeksBefore, 'ar')).toBe('قبل التسريب بمدة 6 أسابيع على الأقل');
  });

  it('say one exact day, a deadline and a span each in its own words, in every language', () => {
    expect([dayBefore, sixWeeksBefore, span].map((timing) => rule(timing, 'en'))).toEqual([
      '1 day before the infusion',
      'At least 6 weeks before the infusion',
      'From 2 weeks before the infusion to 3 months after the infusion',
    ]);
    expect([dayBefore, sixWeeksBefore, span].map((timing) => rule(timing, 'es'))).toEqual([
      '1 día antes de la infusión',
      'Al menos 6 semanas antes de la infusión',
      'Desde 2 semanas antes de la infusión hasta 3 meses después de la infusión',
    ]);
    expect(rule(span, 'ar')).toBe('من أسبوعين قبل التسريب إلى 3 أشهر بعد التسريب');
    expect([dayBefore, sixWeeksBefore, span].map((timing) => rule(timing, 'zh'))).toEqual([
      '输注前1天',
      '至少在输注前6周',
      '从输注前2周到输注后3个月',
    ]);
  });

  it('say the key date itself as that day or before it', () => {
    const onTheDay: Timing = {
      kind: 'on',
      amount: 0,
      unit: 'days',
      relation: 'before',
      keyDate: 'infusion',
    };
    expect(rule(onTheDay, 'en')).toBe('On the day of the infusion');
    expect(rule({ ...onTheDay, kind: 'by' }, 'en')).toBe('Before the infusion');
    expect(rule(onTheDay, 'zh')).toBe('输注当天');
    expect(
      rule({ kind: 'by', amount: 2, unit: 'weeks', relation: 'after', keyDate: 'infusion' }, 'en'),
    ).toBe('Within 2 weeks after the infusion');
  });
});

describe('the dates a timing falls on for this patient', () => {
  const infusion = { infusion: '2027-01-18' };
  const due = (
    timing: Timing,
    language: Language,
    today: string,
    keyDates: Record<string, string | null> = infusion,
  ) =>
    describeDueDate(
      { kind: 'test', timing },
      keyDates,
      today,
      named(language),
      translatorFor(language),
      language,
    );
  const pause = (timing: Timing, language: Language, today: string) =>
    describeDueDate(
      { kind: 'medicinePause', action: 'pause', timing },
      infusion,
      today,
      named(language),
      translatorFor(language),
      language,
    );
  const day = (date: string, language: Language) => formatCalendarDate(date, language);

  it('say "On" for one exact day, never "By": the SMA prednisolone starts on Sunday 17 January', () => {
    expect(due(dayBefore, 'en', '2027-01-02')).toEqual({
      text: `On ${day('2027-01-17', 'en')}.`,
      passed: false,
    });
    expect(due(dayBefore, 'es', '2027-01-02').text).toBe(`El ${day('2027-01-17', 'es')}.`);
    expect(due(dayBefore, 'ar', '2027-01-02').text).toBe(`في ${day('2027-01-17', 'ar')}.`);
    expect(due(dayBefore, 'zh', '2027-01-02').text).toBe(`在${day('2027-01-17', 'zh')}当天。`);
  });

  it('say "By" for a deadline', () => {
    expect(due(sixWeeksBefore, 'en', '2026-11-01')).toEqual({
      text: `By ${day('2026-12-07', 'en')}.`,
      passed: false,
    });
    expect(due(sixWeeksBefore, 'es', '2026-11-01').text).toBe(
      `A más tardar el ${day('2026-12-07', 'es')}.`,
    );
    expect(due(sixWeeksBefore, 'ar', '2026-11-01').text).toBe(
      `في موعد أقصاه ${day('2026-12-07', 'ar')}.`,
    );
    expect(due(sixWeeksBefore, 'zh', '2026-11-01').text).toBe(`不晚于${day('2026-12-07', 'zh')}。`);
  });

  it('say "From … to …" for a span', () => {
    expect(due(span, 'en', '2026-12-01')).toEqual({
      text: `From ${day('2027-01-04', 'en')} to ${day('2027-04-18', 'en')}.`,
      passed: false,
    });
    expect(due(span, 'es', '2026-12-01').text).toBe(
      `Del ${day('2027-01-04', 'es')} al ${day('2027-04-18', 'es')}.`,
    );
    expect(due(span, 'ar', '2026-12-01').text).toBe(
      `من ${day('2027-01-04', 'ar')} إلى ${day('2027-04-18', 'ar')}.`,
    );
    expect(due(span, 'zh', '2026-12-01').text).toBe(
      `从${day('2027-01-04', 'zh')}到${day('2027-04-18', 'zh')}。`,
    );
  });

  it('say "Stop on … · Restart on …" for a medicine paused over a span, in every language', () => {
    const [stop, restart] = ['2027-01-04', '2027-04-18'];
    expect(pause(span, 'en', '2026-12-01')).toEqual({
      text: `Stop on ${day(stop, 'en')} · Restart on ${day(restart, 'en')}.`,
      passed: false,
    });
    expect(pause(span, 'es', '2026-12-01').text).toBe(
      `Suspender el ${day(stop, 'es')} · Volver a tomar el ${day(restart, 'es')}.`,
    );
    expect(pause(span, 'ar', '2026-12-01').text).toBe(
      `التوقف عنه في ${day(stop, 'ar')} · العودة إليه في ${day(restart, 'ar')}.`,
    );
    expect(pause(span, 'zh', '2026-12-01').text).toBe(
      `${day(stop, 'zh')}停药 · ${day(restart, 'zh')}恢复用药。`,
    );
    expect(pause(span, 'vi', '2026-12-01').text).toBe(
      `Ngừng thuốc vào ${day(stop, 'vi')} · Dùng lại vào ${day(restart, 'vi')}.`,
    );
    // Another medicine rule over a span, and a test, keep "From … to …".
    expect(
      describeDueDate(
        { kind: 'medicinePause', action: 'avoid', timing: span },
        infusion,
        '2026-12-01',
        named('en'),
        translatorFor('en'),
        'en',
      ).text,
    ).toBe(`From ${day(stop, 'en')} to ${day(restart, 'en')}.`);
  });

  it('flag a day or a deadline gone by in the shared calm words, in every language', () => {
    const passed: Record<Language, string> = {
      en: 'This date has passed. Ask your care team what to do.',
      es: 'Esta fecha ya pasó. Pregunte a su equipo médico qué hacer.',
      ar: 'مضى هذا التاريخ. اسأل فريق الرعاية عمّا يجب فعله.',
      zh: '这个日期已经过了。请询问医疗团队该怎么做。',
      vi: 'Ngày này đã qua. Hãy hỏi nhóm chăm sóc cần làm gì.',
      ru: 'Эта дата уже прошла. Спросите медицинскую команду, что делать.',
      tl: 'Lumipas na ang petsang ito. Itanong sa inyong pangkat ng pangangalaga kung ano ang gagawin.',
      ko: '이 날짜가 지났습니다. 어떻게 해야 하는지 의료진에게 물어보세요.',
    };
    for (const language of LANGUAGES) {
      for (const timing of [dayBefore, sixWeeksBefore]) {
        const result = due(timing, language, '2027-01-18');
        expect(result.passed).toBe(true);
        expect(result.text.endsWith(passed[language])).toBe(true);
        expect(result.text.endsWith(describeDeadlinePassed(translatorFor(language)))).toBe(true);
      }
    }
    expect(due(dayBefore, 'en', '2027-01-17')).toEqual({
      text: `On ${day('2027-01-17', 'en')}. That is today.`,
      passed: false,
    });
  });

  it('a day after a key date that has gone by is passed too', () => {
    expect(
      due(
        { kind: 'on', amount: 2, unit: 'days', relation: 'after', keyDate: 'infusion' },
        'en',
        '2027-01-21',
      ).passed,
    ).toBe(true);
  });

  it('say a test’s span has started or starts today, and is passed only once it is over', () => {
    const start = `From ${day('2027-01-04', 'en')} to ${day('2027-04-18', 'en')}.`;
    expect(due(span, 'en', '2027-01-04')).toEqual({
      text: `${start} It starts today.`,
      passed: false,
    });
    expect(due(span, 'en', '2027-02-01')).toEqual({
      text: `${start} This has already started.`,
      passed: false,
    });
    expect(due(span, 'en', '2027-04-18')).toEqual({
      text: `${start} This has already started.`,
      passed: false,
    });
    expect(due(span, 'en', '2027-04-19')).toEqual({
      text: `${start} This date has passed. Ask your care team what to do.`,
      passed: true,
    });
    expect(due(span, 'es', '2027-02-01').text).toMatch(/Esto ya empezó\.$/);
    expect(due(span, 'ar', '2027-02-01').text).toMatch(/بدأت هذه المدة بالفعل\.$/);
    expect(due(span, 'zh', '2027-02-01').text).toMatch(/这段时间已经开始了。$/);
  });

  it('flag a medicine that should already be paused: its stop day has gone by', () => {
    const stop = `Stop on ${day('2027-01-04', 'en')} · Restart on ${day('2027-04-18', 'en')}.`;
    expect(pause(span, 'en', '2027-01-04')).toEqual({
      text: `${stop} It starts today.`,
      passed: false,
    });
    expect(pause(span, 'en', '2027-01-05')).toEqual({
      text: `${stop} This date has passed. Ask your care team what to do.`,
      passed: true,
    });
  });

  it('never make up a date when the key date is unknown: they are asked to get it, once', () => {
    for (const timing of [dayBefore, sixWeeksBefore, span]) {
      expect(due(timing, 'en', '2027-01-02', {})).toEqual({
        text: 'Ask your care team for the date of the infusion.',
        passed: false,
      });
      expect(due(timing, 'es', '2027-01-02', { infusion: null }).text).toBe(
        'Pregunte a su equipo médico la fecha de la infusión.',
      );
      expect(due(timing, 'ar', '2027-01-02', {}).text).toBe('اسأل فريق الرعاية عن موعد التسريب.');
      expect(due(timing, 'zh', '2027-01-02', {}).text).toBe('请向医疗团队询问输注是哪一天。');
    }
  });

  it('ask for each unknown key date of a span, and give no half-known span', () => {
    const across: Timing = {
      kind: 'span',
      start: { amount: 0, unit: 'days', relation: 'after', keyDate: 'collection' },
      end: { amount: 0, unit: 'days', relation: 'before', keyDate: 'infusion' },
    };
    const t = translatorFor('en');
    const label = (id: string) => (id === 'collection' ? 'cell collection' : 'the infusion');
    expect(
      describeDueDate(
        { kind: 'test', timing: across },
        { infusion: '2027-01-18' },
        '2026-12-01',
        label,
        t,
        'en',
      ).text,
    ).toBe('Ask your care team for the date of cell collection.');
    expect(
      describeDueDate({ kind: 'test', timing: across }, {}, '2026-12-01', label, t, 'en').text,
    ).toBe(
      'Ask your care team for the date of cell collection. Ask your care team for the date of the infusion.',
    );
  });
});
