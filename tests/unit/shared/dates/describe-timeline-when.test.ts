import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translatorsFrom } from '../../../../src/main/i18n/translators';
import { describeTimelineWhen } from '../../../../src/shared/dates/describe-timeline-when';

const translatorFor = translatorsFrom(path.resolve('locales'));

describe('when an item happens, in words', () => {
  const t = translatorFor('en');
  it('says which kind of day it is, a span, a rule from a day on, or asks for a date not known yet', () => {
    expect(describeTimelineWhen({ kind: 'day', date: '2027-02-06' }, t, 'en')).toBe('On Saturday, February 6, 2027.');
    expect(describeTimelineWhen({ kind: 'day', date: '2027-02-06', deadline: true }, t, 'en', 'short')).toBe('By Feb 6, 2027.');
    expect(describeTimelineWhen({ kind: 'span', start: '2026-12-28', end: '2027-01-11' }, t, 'en', 'short')).toBe('From Dec 28, 2026 to Jan 11, 2027.');
    expect(describeTimelineWhen({ kind: 'from', start: '2027-02-06' }, t, 'en', 'short')).toBe('From Feb 6, 2027 on.');
    expect(describeTimelineWhen({ kind: 'unknown', keyDate: 'infusion' }, t, 'en')).toBe('Ask your care team for this date.');
    expect(describeTimelineWhen({ kind: 'unknown', keyDate: 'infusion' }, translatorFor('zh'), 'zh')).toBe('请向医疗团队询问这个日期。');
  });
});
