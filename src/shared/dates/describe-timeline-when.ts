import type { Translate } from '@shared/i18n/i18n-setup';
import { formatCalendarDate } from './calendar-date';
import type { TimelineWhen } from './timeline-items';

/**
 * When a timeline item happens, in the reader's words: "On Saturday, 6 February 2027.", "By …", "From … to …",
 * "Stop on … · Restart on …" (a medicine paused), "From … on."; a date not known yet asks for it, never guessed.
 * `short` dates where room is tight (the handout's figure).
 */
export function describeTimelineWhen(
  when: TimelineWhen,
  t: Translate,
  locale: string,
  length: 'full' | 'short' = 'full',
): string {
  const date = (day: string) => formatCalendarDate(day, locale, length);
  switch (when.kind) {
    case 'day':
      return t(when.deadline ? 'checklist:due.by' : 'checklist:due.on', { date: date(when.date) });
    case 'span':
      return t(when.pause ? 'checklist:due.pause' : 'checklist:due.span', {
        start: date(when.start),
        end: date(when.end),
      });
    case 'from':
      return t('checklist:due.from', { date: date(when.start) });
    case 'unknown':
      return t('checklist:due.askForDate');
  }
}

/** A deadline gone by (deadlinePassed), in calm words: the same on the checklist, the timeline, the handout figure and its /Alt. */
export function describeDeadlinePassed(t: Translate): string {
  return t('checklist:due.passed');
}
