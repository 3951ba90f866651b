import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translatorsFrom } from '../../../src/main/i18n/translators';
import { describeFollowUp, describeTiming } from '../../../src/shared/describe-timing';
import { LANGUAGES } from '../../../src/shared/languages';
import type { FollowUp } from '../../../src/shared/protocol/after-treatment';
import { VOICES, withVoice } from '../../../src/shared/voice';

const translatorFor = translatorsFrom(path.resolve('locales'));
const label = () => 'X';
const followUp = (amount: number) => ({ id: 'f', what: { en: 'checks' }, every: { amount, unit: 'weeks' as const }, lasting: { amount: 3, unit: 'months' as const }, keyDate: 'infusion', source: { citation: 'test fixture', checkedOn: '2026-12-01' } });

describe('follow-up schedules in words', () => {
  it('say "every week", not "every 1 week", in every language', () => {
    expect(describeFollowUp(followUp(1), label, translatorFor('en'))).toBe('Every week, for 3 months after X');
    expect(describeFollowUp(followUp(2), label, translatorFor('en'))).toBe('Every 2 weeks, for 3 months after X');
    expect(describeFollowUp(followUp(1), label, translatorFor('zh'))).toBe('X后的3个月内，每周一次');
    expect(describeFollowUp(followUp(2), label, translatorFor('zh'))).toBe('X后的3个月内，每2周一次');
    expect(describeFollowUp(followUp(2), label, translatorFor('ar'))).toBe('كل أسبوعين، لمدة 3 أشهر بعد X');
  });
});

describe('a follow-up with one check, or for life, in words', () => {
  const item = (every: FollowUp['every'], lasting: FollowUp['lasting']): FollowUp => ({ ...followUp(1), every, lasting });
  const monthly = { amount: 1, unit: 'months' as const };
  const yearly = { amount: 1, unit: 'years' as const };

  it('says "once" where the interval is as long as the span or longer, never "every month, for 1 month"', () => {
    expect(describeFollowUp(item(monthly, monthly), label, translatorFor('en'))).toBe('Once, 1 month after X');
    expect(describeFollowUp(item(yearly, { amount: 6, unit: 'months' }), label, translatorFor('en'))).toBe('Once, 6 months after X');
    expect(describeFollowUp(item({ amount: 4, unit: 'weeks' }, { amount: 1, unit: 'months' }), label, translatorFor('en'))).toBe('Every 4 weeks, for 1 month after X');
    expect(describeFollowUp(item(monthly, monthly), label, translatorFor('es'))).toBe('Una vez, 1 mes después de X');
    expect(describeFollowUp(item(monthly, monthly), label, translatorFor('ar'))).toBe('مرة واحدة، بعد شهر واحد من X');
    expect(describeFollowUp(item(monthly, monthly), label, translatorFor('zh'))).toBe('X后1个月时，做一次');
  });

  it('says "for the rest of your life" in the voice of the person reading', () => {
    const lifelong = item(yearly, { kind: 'lifelong' });
    expect(describeFollowUp(lifelong, label, translatorFor('en'))).toBe('Every year after X, for the rest of your life');
    expect(describeFollowUp(lifelong, label, withVoice(translatorFor('en'), 'child'))).toBe("Every year after X, for the rest of your child's life");
    expect(describeFollowUp(lifelong, label, withVoice(translatorFor('en'), 'third'))).toBe("Every year after X, for the rest of the patient's life");
    for (const language of LANGUAGES) {
      const forms = VOICES.map((voice) => describeFollowUp(lifelong, label, withVoice(translatorFor(language), voice)));
      expect(new Set(forms).size, language).toBe(3);
    }
  });
});

describe('timings in words', () => {
  it('join an Arabic duration to its sentence, whether it starts with a letter or a number', () => {
    const t = translatorFor('ar');
    expect(describeTiming({ amount: 1, unit: 'days', relation: 'before', keyDate: 'infusion', atLeast: false }, 'التسريب', t)).toBe('قبل التسريب بمدة يوم واحد');
    expect(describeTiming({ amount: 6, unit: 'weeks', relation: 'before', keyDate: 'infusion', atLeast: true }, 'التسريب', t)).toBe('قبل التسريب بمدة 6 أسابيع على الأقل');
  });
});
