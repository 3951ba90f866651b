import { formatCalendarDate, type CalendarDate } from './dates/calendar-date';
import { dueDate, type DueDate, type KnownKeyDates } from './dates/due-dates';
import type { Translate } from './i18n-setup';
import type { FollowUp, RuleDuration } from './protocol/after-treatment';
import type { TestProgress } from './schemas/session';
import type { KeyDateOffset, Timing } from './schemas/timing';

/** "1 day before the infusion", "the day of the infusion": one day counted from a key date (`phrases`: whose words). */
function describeOffset(offset: KeyDateOffset, phrases: 'on' | 'by' | 'point', keyDateLabel: (id: string) => string, t: Translate): string {
  const keyDate = keyDateLabel(offset.keyDate);
  if (offset.amount === 0) return t(`checklist:timing.${phrases}.keyDate`, { keyDate });
  return t(`checklist:timing.${phrases}.${offset.relation}`, { duration: t(`checklist:duration.${offset.unit}`, { count: offset.amount }), keyDate });
}

/**
 * The rule's own timing in the reader's language, in words that say which kind it is: "1 day before the infusion"
 * (that day), "At least 8 weeks before stem-cell collection" (by then), "From 6 weeks before the infusion to 1 year
 * after the infusion". Shared by the app, the handout and the editor.
 */
export function describeTiming(timing: Timing, keyDateLabel: (id: string) => string, t: Translate): string {
  if (timing.kind !== 'span') return describeOffset(timing, timing.kind, keyDateLabel, t);
  return t('checklist:timing.span', { start: describeOffset(timing.start, 'point', keyDateLabel, t), end: describeOffset(timing.end, 'point', keyDateLabel, t) });
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

/** Where the interval is as long as the checks go on or longer, there is one check, at their end. */
export const checkedOnce = (item: FollowUp): item is FollowUp & { lasting: Length } => !('kind' in item.lasting) && daysIn(item.every) >= daysIn(item.lasting);

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
  if (checkedOnce(item)) return t('checklist:followUpOnce', { lasting, keyDate });
  return t('checklist:followUpSchedule', { every, lasting, keyDate });
}

/** Asks for each key date not known yet, once each: no date is ever made up. */
const askForDates = (days: readonly DueDate[], keyDateLabel: (id: string) => string, t: Translate) => [
  ...new Set(days.flatMap((day) => (day.kind === 'relative' ? [day.keyDate] : []))),
].map((keyDate) => t('checklist:due.unknown', { keyDate: keyDateLabel(keyDate) }));

/**
 * The day or days a timed step falls on for this patient, in words of its kind: "On Sunday, 17 January 2027.",
 * "By Tuesday, 10 November 2026.", "From … to …."; a day or deadline gone by asks them to talk to the care team
 * today (`passed`), a span under way says so, and an unknown key date is asked for.
 */
export function describeDueDate(timing: Timing, keyDates: KnownKeyDates, today: CalendarDate, keyDateLabel: (id: string) => string, t: Translate, locale: string): { text: string; passed: boolean } {
  const date = (day: DueDate & { kind: 'dated' }) => formatCalendarDate(day.date, locale);
  if (timing.kind === 'span') {
    const [start, end] = [dueDate(timing.start, keyDates, today), dueDate(timing.end, keyDates, today)];
    if (start.kind === 'relative' || end.kind === 'relative') return { text: askForDates([start, end], keyDateLabel, t).join(' '), passed: false };
    const now = start.state === 'today' ? ['checklist:due.spanStartsToday'] : start.state === 'upcoming' ? [] : end.state === 'passed' ? ['checklist:due.spanOver'] : ['checklist:due.spanStarted'];
    return { text: [t('checklist:due.span', { start: date(start), end: date(end) }), ...now.map((key) => t(key))].join(' '), passed: false };
  }
  const due = dueDate(timing, keyDates, today);
  if (due.kind === 'relative') return { text: askForDates([due], keyDateLabel, t).join(' '), passed: false };
  const passed = due.state === 'passed';
  const now = due.state === 'today' ? ['checklist:due.today'] : passed ? ['checklist:due.passed'] : [];
  return { text: [t(`checklist:due.${timing.kind}`, { date: date(due) }), ...now.map((key) => t(key))].join(' '), passed };
}

/** A timed step's two lines, for the checklist, the review and the handout alike: its rule, and its dates when known. */
export function describeWhen(timing: Timing, dates: { keyDates: KnownKeyDates; today: CalendarDate } | undefined, keyDateLabel: (id: string) => string, t: Translate, locale: string) {
  return { rule: describeTiming(timing, keyDateLabel, t), due: dates ? describeDueDate(timing, dates.keyDates, dates.today, keyDateLabel, t, locale) : null };
}

/** How far along a test is, as the patient recorded it ("Done on 2 December 2026."); null when not started. */
export function describeTestProgress(progress: TestProgress | undefined, locale: string, t: Translate): string | null {
  if (!progress || progress.status === 'not-yet') return null;
  const date = progress.date ? formatCalendarDate(progress.date, locale) : null;
  if (progress.status === 'done') return date ? t('handout:testDoneOn', { date }) : t('handout:testDone');
  return date ? t('handout:testScheduledFor', { date }) : t('handout:testScheduled');
}
