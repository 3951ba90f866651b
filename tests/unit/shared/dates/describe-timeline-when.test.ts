import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translatorsFrom } from '../../../../src/main/i18n/translators';
import { formatCalendarDate } from '@shared/dates/calendar-date';
import { describeDeadlinePassed, describeTimelineWhen } from '@shared/dates/describe-timeline-when';
import { LANGUAGES } from '@shared/i18n/languages';

const translatorFor = translatorsFrom(path.resolve('locales'));

describe('when an item happens, in words', () => {
  const t = translatorFor('en');
  it('says which kind of day it is, a span, a rule from a day on, or asks for a date not known yet', () => {
    expect(describeTimelineWhen({ kind: 'day', date: '2027-02-06' }, t, 'en')).toBe(
      'On Saturday, February 6, 2027.',
    );
    expect(
      describeTimelineWhen({ kind: 'day', date: '2027-02-06', deadline: true }, t, 'en', 'short'),
    ).toBe('By Feb 6, 2027.');
    expect(
      describeTimelineWhen(
        { kind: 'span', start: '2026-12-28', end: '2027-01-11' },
        t,
        'en',
        'short',
      ),
    ).toBe('From Dec 28, 2026 to Jan 11, 2027.');
    expect(describeTimelineWhen({ kind: 'from', start: '2027-02-06' }, t, 'en', 'short')).toBe(
      'From Feb 6, 2027 on.',
    );
    expect(describeTimelineWhen({ kind: 'unknown', keyDate: 'infusion' }, t, 'en')).toBe(
      'Ask your care team for this date.',
    );
    expect(
      describeTimelineWhen({ kind: 'unknown', keyDate: 'infusion' }, translatorFor('zh'), 'zh'),
    ).toBe('请向医疗团队询问这个日期。');
  });

  it('says a medicine paused over a span stops on its first day and restarts on its last, in every language', () => {
    const pause = { kind: 'span', start: '2026-12-28', end: '2027-01-11', pause: true } as const;
    expect(describeTimelineWhen(pause, t, 'en', 'short')).toBe(
      'Stop on Dec 28, 2026 · Restart on Jan 11, 2027.',
    );
    expect(describeTimelineWhen(pause, t, 'en')).toBe(
      'Stop on Monday, December 28, 2026 · Restart on Monday, January 11, 2027.',
    );
    for (const language of LANGUAGES) {
      const words = describeTimelineWhen(pause, translatorFor(language), language, 'short');
      // Both ends, in the reader's own date words, the stop day first, and not the plain "From … to …".
      const [stop, restart] = [
        formatCalendarDate(pause.start, language, 'short'),
        formatCalendarDate(pause.end, language, 'short'),
      ];
      expect(words.indexOf(stop), language).toBeGreaterThanOrEqual(0);
      expect(words.indexOf(restart), language).toBeGreaterThan(words.indexOf(stop));
      expect(words, language).not.toBe(
        describeTimelineWhen(
          { kind: 'span', start: pause.start, end: pause.end },
          translatorFor(language),
          language,
          'short',
        ),
      );
    }
  });

  it('has one calm sentence for a deadline gone by, in every language', () => {
    expect(describeDeadlinePassed(t)).toBe('This date has passed. Ask your care team what to do.');
    expect(describeDeadlinePassed(translatorFor('ar'))).toBe(
      'مضى هذا التاريخ. اسأل فريق الرعاية عمّا يجب فعله.',
    );
    for (const language of LANGUAGES)
      expect(describeDeadlinePassed(translatorFor(language)), language).not.toMatch(
        /due\.passed|^$/,
      );
  });
});
