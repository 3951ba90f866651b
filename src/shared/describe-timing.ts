import { formatCalendarDate, type CalendarDate } from './dates/calendar-date';
import { dueDate, type KnownKeyDates } from './dates/due-dates';
import type { Translate } from './i18n-setup';
import type { FollowUp, RuleDuration } from './protocol/after-treatment';
import type { TestProgress } from './schemas/session';
import type { Timing } from './schemas/timing';

/** "At least 8 weeks before stem-cell collection", in the reader's language; shared by the app and the handout. */
export function describeTiming(timing: Timing, keyDateLabel: string, t: Translate): string {
  if (timing.amount === 0) return t(`checklist:timing.${timing.relation}KeyDate`, { keyDate: keyDateLabel });
  const duration = t(`checklist:duration.${timing.unit}`, { count: timing.amount });
  const key = timing.atLeast ? `checklist:timing.${timing.relation}AtLeast` : `checklist:timing.${timing.relation}`;
  return t(key, { duration, keyDate: keyDateLabel });
}

/** "For 6 months after the infusion", "For life", "Until your team says you can stop". */
export function describeRuleDuration(duration: RuleDuration, keyDateLabel: (id: string) => string, t: Translate): string {
  if (duration.kind !== 'for') return t(`checklist:ruleDuration.${duration.kind}`);
  const span = t(`checklist:duration.${duration.unit}`, { count: duration.amount });
  return t('checklist:ruleDuration.for', { duration: span, keyDate: keyDateLabel(duration.keyDate) });
}

/** Rough length of a follow-up's interval in days, only to compare it with how long the checks go on. */
type Length = FollowUp['every'];
const DAYS_IN: Readonly<Record<Length['unit'], number>> = { days: 1, weeks: 7, months: 30.4, years: 365.25 };
const daysIn = (length: Length) => length.amount * DAYS_IN[length.unit];

/**
 * "Every week, for 2 months after the infusion"; "Every year after the infusion, for the rest of your life"; and,
 * where the interval is as long as the span or longer, the one check it means: "Once, 1 month after the infusion"
 * (never "Every month, for 1 month").
 */
export function describeFollowUp(item: FollowUp, keyDateLabel: (id: string) => string, t: Translate): string {
  const keyDate = keyDateLabel(item.keyDate);
  // "Every week", not "every 1 week": Chinese has one plural form, so a single unit has its own word.
  const every = item.every.amount === 1 ? t(`checklist:everyOne.${item.every.unit}`) : t(`checklist:every.${item.every.unit}`, { count: item.every.amount });
  if ('kind' in item.lasting) return t('checklist:followUpLifelong', { every, keyDate });
  const lasting = t(`checklist:duration.${item.lasting.unit}`, { count: item.lasting.amount });
  if (daysIn(item.every) >= daysIn(item.lasting)) return t('checklist:followUpOnce', { lasting, keyDate });
  return t('checklist:followUpSchedule', { every, lasting, keyDate });
}

/**
 * The date a timed step falls on for this patient, in words: "By Tuesday, 10 November 2026.", with "That date has
 * passed. Talk to your care team today." when it has; or, with the key date unknown, a request to ask for it.
 */
export function describeDueDate(timing: Timing, keyDates: KnownKeyDates, today: CalendarDate, keyDateLabel: string, t: Translate, locale: string): { text: string; passed: boolean } {
  const due = dueDate(timing, keyDates, today);
  if (due.kind === 'relative') return { text: t('checklist:due.unknown', { keyDate: keyDateLabel }), passed: false };
  const parts = [t(timing.relation === 'before' ? 'checklist:due.by' : 'checklist:due.from', { date: formatCalendarDate(due.date, locale) })];
  if (due.state === 'today') parts.push(t('checklist:due.today'));
  const passed = due.state === 'passed' && timing.relation === 'before';
  if (passed) parts.push(t('checklist:due.passed'));
  return { text: parts.join(' '), passed };
}

/** How far along a test is, as the patient recorded it ("Done on 2 December 2026."); null when not started. */
export function describeTestProgress(progress: TestProgress | undefined, locale: string, t: Translate): string | null {
  if (!progress || progress.status === 'not-yet') return null;
  const date = progress.date ? formatCalendarDate(progress.date, locale) : null;
  if (progress.status === 'done') return date ? t('handout:testDoneOn', { date }) : t('handout:testDone');
  return date ? t('handout:testScheduledFor', { date }) : t('handout:testScheduled');
}
