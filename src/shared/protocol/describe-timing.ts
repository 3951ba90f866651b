import { formatCalendarDate, type CalendarDate } from '@shared/dates/calendar-date';
import { describeDeadlinePassed, describeTimelineWhen } from '@shared/dates/describe-timeline-when';
import type { KnownKeyDates } from '@shared/dates/due-dates';
import { deadlinePassed, stepWhen, type TimedStep } from '@shared/dates/step-when';
import type { TimelineWhen } from '@shared/dates/timeline-items';
import type { Translate } from '@shared/i18n/i18n-setup';
import { ownValue } from '@shared/values/own-value';
import type { FollowUp, RuleDuration } from './after-treatment';
import type { TestProgress } from '@shared/schemas/session';
import type { KeyDateOffset, Timing } from '@shared/schemas/timing';

/** "1 day before the infusion", "the day of the infusion": one day counted from a key date (`phrases`: whose words). */
function describeOffset(
  offset: KeyDateOffset,
  phrases: 'on' | 'by' | 'point',
  keyDateLabel: (id: string) => string,
  t: Translate,
): string {
  const keyDate = keyDateLabel(offset.keyDate);
  if (offset.amount === 0) return t(`checklist:timing.${phrases}.keyDate`, { keyDate });
  return t(`checklist:timing.${phrases}.${offset.relation}`, {
    duration: t(`checklist:duration.${offset.unit}`, { count: offset.amount }),
    keyDate,
  });
}

/**
 * The rule's own timing in the reader's language, in words that say which kind it is: "1 day before the infusion"
 * (that day), "At least 8 weeks before stem-cell collection" (by then), "From 6 weeks before the infusion to 1 year
 * after the infusion". Shared by the app, the handout and the editor.
 */
export function describeTiming(
  timing: Timing,
  keyDateLabel: (id: string) => string,
  t: Translate,
): string {
  if (timing.kind !== 'span') return describeOffset(timing, timing.kind, keyDateLabel, t);
  return t('checklist:timing.span', {
    start: describeOffset(timing.start, 'point', keyDateLabel, t),
    end: describeOffset(timing.end, 'point', keyDateLabel, t),
  });
}

/** "For 6 months after the infusion", "For life", "Until your team says you can stop". */
export function describeRuleDuration(
  duration: RuleDuration,
  keyDateLabel: (id: string) => string,
  t: Translate,
): string {
  if (duration.kind !== 'for') return t(`checklist:ruleDuration.${duration.kind}`);
  const span = t(`checklist:duration.${duration.unit}`, { count: duration.amount });
  return t('checklist:ruleDuration.for', {
    duration: span,
    keyDate: keyDateLabel(duration.keyDate),
  });
}

/** Rough length of a follow-up's interval in days, only to compare it with how long the checks go on. */
type Length = FollowUp['every'];
const DAYS_IN: Readonly<Record<Length['unit'], number>> = {
  days: 1,
  weeks: 7,
  months: 30.4,
  years: 365.25,
};
const daysIn = (length: Length) => length.amount * DAYS_IN[length.unit];

/** Where the interval is as long as the checks go on or longer, there is one check, at their end. */
export const checkedOnce = (item: FollowUp): item is FollowUp & { lasting: Length } =>
  !('kind' in item.lasting) && daysIn(item.every) >= daysIn(item.lasting);

/**
 * "Every week, for 2 months after the infusion"; "Every year after the infusion, for the rest of your life"; and,
 * where the interval is as long as the span or longer, the one check it means: "Once, 1 month after the infusion"
 * (never "Every month, for 1 month").
 */
export function describeFollowUp(
  item: FollowUp,
  keyDateLabel: (id: string) => string,
  t: Translate,
): string {
  const keyDate = keyDateLabel(item.keyDate);
  // "Every week", not "every 1 week": Chinese has one plural form, so a single unit has its own word.
  const every =
    item.every.amount === 1
      ? t(`checklist:everyOne.${item.every.unit}`)
      : t(`checklist:every.${item.every.unit}`, { count: item.every.amount });
  if ('kind' in item.lasting) return t('checklist:followUpLifelong', { every, keyDate });
  const lasting = t(`checklist:duration.${item.lasting.unit}`, { count: item.lasting.amount });
  if (checkedOnce(item)) return t('checklist:followUpOnce', { lasting, keyDate });
  return t('checklist:followUpSchedule', { every, lasting, keyDate });
}

/** Asks for each key date of the timing not known yet, once each: no date is ever made up. */
function askForDates(
  timing: Timing,
  keyDates: KnownKeyDates,
  keyDateLabel: (id: string) => string,
  t: Translate,
): string[] {
  const offsets = timing.kind === 'span' ? [timing.start, timing.end] : [timing];
  const unknown = new Set(
    offsets.flatMap((offset) => (ownValue(keyDates, offset.keyDate) ? [] : [offset.keyDate])),
  );
  return [...unknown].map((keyDate) =>
    t('checklist:due.unknown', { keyDate: keyDateLabel(keyDate) }),
  );
}

/** Where today is in a day or span whose deadline has not gone by: it is today, a span starts today, or is under way. */
function nowWords(when: TimelineWhen, today: CalendarDate): string[] {
  if (when.kind === 'day') return when.date === today ? ['checklist:due.today'] : [];
  if (when.kind !== 'span' || when.start > today) return [];
  return when.start === today ? ['checklist:due.spanStartsToday'] : ['checklist:due.spanStarted'];
}

/**
 * The day or days a timed step falls on for this patient, in the timeline's words (describeTimelineWhen): "On
 * Sunday, 17 January 2027.", "By …", "From … to …", "Stop on … · Restart on …"; a deadline gone by says so in the
 * shared words (`passed`), a span under way says so, and an unknown key date is asked for by name.
 */
export function describeDueDate(
  step: TimedStep,
  keyDates: KnownKeyDates,
  today: CalendarDate,
  keyDateLabel: (id: string) => string,
  t: Translate,
  locale: string,
): { text: string; passed: boolean } {
  const when = stepWhen(step, keyDates, today);
  if (when.kind === 'unknown')
    return { text: askForDates(step.timing, keyDates, keyDateLabel, t).join(' '), passed: false };
  const passed = deadlinePassed(step.kind, when, today);
  const now = passed ? [describeDeadlinePassed(t)] : nowWords(when, today).map((key) => t(key));
  return { text: [describeTimelineWhen(when, t, locale), ...now].join(' '), passed };
}

/** A timed step's two lines, for the checklist, the review and the handout alike: its rule, and its dates when known. */
export function describeWhen(
  step: TimedStep,
  dates: { keyDates: KnownKeyDates; today: CalendarDate } | undefined,
  keyDateLabel: (id: string) => string,
  t: Translate,
  locale: string,
) {
  return {
    rule: describeTiming(step.timing, keyDateLabel, t),
    due: dates ? describeDueDate(step, dates.keyDates, dates.today, keyDateLabel, t, locale) : null,
  };
}

/** How far along a test is, as the patient recorded it ("Done on 2 December 2026."); null when not started. */
export function describeTestProgress(
  progress: TestProgress | undefined,
  locale: string,
  t: Translate,
): string | null {
  if (!progress || progress.status === 'not-yet') return null;
  const date = progress.date ? formatCalendarDate(progress.date, locale) : null;
  if (progress.status === 'done')
    return date ? t('handout:testDoneOn', { date }) : t('handout:testDone');
  return date ? t('handout:testScheduledFor', { date }) : t('handout:testScheduled');
}
