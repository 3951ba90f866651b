import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translatorsFrom } from '../../../src/main/i18n/translators';
import { describeFollowUp, describeTiming } from '../../../src/shared/describe-timing';

const translatorFor = translatorsFrom(path.resolve('locales'));
const label = () => 'X';
const followUp = (amount: number) => ({ id: 'f', what: { en: 'checks' }, every: { amount, unit: 'weeks' as const }, lasting: { amount: 3, unit: 'months' as const }, keyDate: 'infusion', source: { kind: 'secondary' as const, citation: 'test fixture', secondaryReason: 'test fixture', checkedOn: '2026-12-01' } });

describe('follow-up schedules in words', () => {
  it('say "every week", not "every 1 week", in every language', () => {
    expect(describeFollowUp(followUp(1), label, translatorFor('en'))).toBe('Every week, for 3 months after X');
    expect(describeFollowUp(followUp(2), label, translatorFor('en'))).toBe('Every 2 weeks, for 3 months after X');
    expect(describeFollowUp(followUp(1), label, translatorFor('zh'))).toBe('X后的3个月内，每周一次');
    expect(describeFollowUp(followUp(2), label, translatorFor('zh'))).toBe('X后的3个月内，每2周一次');
    expect(describeFollowUp(followUp(2), label, translatorFor('ar'))).toBe('كل أسبوعين، لمدة 3 أشهر بعد X');
  });
});

describe('timings in words', () => {
  it('join an Arabic duration to its sentence, whether it starts with a letter or a number', () => {
    const t = translatorFor('ar');
    expect(describeTiming({ amount: 1, unit: 'days', relation: 'before', keyDate: 'infusion', atLeast: false }, 'التسريب', t)).toBe('قبل التسريب بمدة يوم واحد');
    expect(describeTiming({ amount: 6, unit: 'weeks', relation: 'before', keyDate: 'infusion', atLeast: true }, 'التسريب', t)).toBe('قبل التسريب بمدة 6 أسابيع على الأقل');
  });
});
