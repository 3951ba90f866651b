import { formatCalendarDate, type CalendarDate } from '@shared/dates/calendar-date';
import { describeDeadlinePassed, describeTimelineWhen } from '@shared/dates/describe-timeline-when';
import { firstDay, type TimelineItem } from '@shared/dates/timeline-items';
import { useLanguage } from '../i18n/use-language';
import { useVoicedTranslation } from '../i18n/voice';
import type { OutlinePart } from './PageOutline';

/** A test's status in the checklist's own words for the patient's progress. */
const TEST_STATUS_WORDS = {
  due: 'checklist:progress.not-yet',
  booked: 'checklist:progress.scheduled',
  done: 'checklist:progress.done',
} as const satisfies Record<NonNullable<TimelineItem['testStatus']>, string>;

export interface TimelineProps {
  /** Its heading, and the heading's id a page's outline links to. */
  part: OutlinePart;
  /** In date order, as `timelineItems` gives them: known dates first, then those not known yet. */
  items: readonly TimelineItem[];
  today: CalendarDate;
  className?: string;
}

/**
 * The patient's own dates around their treatment, today marked among them. The ordered list is itself the drawing
 * (a line with a mark per date, drawn by CSS on the inline-start side), so a screen reader reads what is drawn, in
 * the same order, and the picture mirrors and wraps with the text.
 */
export function Timeline({ part, items, today, className }: TimelineProps) {
  const { t } = useVoicedTranslation();
  const language = useLanguage();
  // Today goes before the first date that is today or later (dates are YYYY-MM-DD, so they sort as text), and
  // before the dates not known yet, which never have a place in time.
  const found = items.findIndex((item) => {
    const start = firstDay(item.when);
    return start === null || start >= today;
  });
  const todayAt = found === -1 ? items.length : found;
  const todayRow = (
    <li key="today" className="timeline-today" aria-current="date">
      <span className="timeline-when">{t('timeline.today')}</span>
      <span className="timeline-what">{formatCalendarDate(today, language)}</span>
    </li>
  );
  const rows = items.map((item) => {
    const status = item.testStatus ? t(TEST_STATUS_WORDS[item.testStatus]) : null;
    return (
      <li
        key={item.id}
        className={`timeline-item ${item.when.kind}${item.passed ? ' passed' : ''}`}
      >
        <span className="timeline-when">{describeTimelineWhen(item.when, t, language)}</span>
        <span className="timeline-what">{item.label}</span>
        {/* A deadline gone by, on the line itself, in the words the checklist and the handout use. */}
        {item.passed && <span className="timeline-passed">{describeDeadlinePassed(t)}</span>}
        {/* The checklist's own rule ("At least 8 weeks before…"): whether the day is the very day or a deadline. */}
        {item.timing && <span className="timeline-timing">{item.timing}</span>}
        <span className="timeline-kind">
          {t(`timeline.kinds.${item.kind}`)}
          {status && (
            <>
              {' '}
              <span className="badge">{status}</span>
            </>
          )}
        </span>
      </li>
    );
  });
  rows.splice(todayAt, 0, todayRow);

  return (
    <section className={className} aria-labelledby={part.id}>
      <h2 id={part.id}>{part.label}</h2>
      <p className="hint">{t('timeline.intro')}</p>
      <ol className="timeline">{rows}</ol>
    </section>
  );
}
