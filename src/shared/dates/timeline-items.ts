import {
  checkedOnce,
  describeFollowUp,
  describeRuleDuration,
  describeTiming,
} from '@shared/protocol/describe-timing';
import type { Translate } from '@shared/i18n/i18n-setup';
import { medicineRuleText } from '@shared/medications/medicine-rule-text';
import { ownValue } from '@shared/values/own-value';
import type { FollowUp, LifestyleRule } from '@shared/protocol/after-treatment';
import type { MedicationRule, PreparationTest } from '@shared/protocol/preparation';
import type { Protocol } from '@shared/protocol/protocol';
import type { LocalizedText } from '@shared/schemas/localized-text';
import type { HandoutPatient } from '@shared/schemas/session';
import { addSpan, type CalendarDate } from './calendar-date';
import type { KnownKeyDates } from './due-dates';
import { keyDateLabeller } from './key-date-label';
import { deadlinePassed, stepWhen } from './step-when';

/** When a timeline item happens for this patient; never guessed: a date not known yet is `unknown`. */
export type TimelineWhen =
  /** `deadline`: the last day to do it ("by"), not the very day. */
  | { kind: 'day'; date: CalendarDate; deadline?: true }
  /** A span with both ends known: a rule from `start` to `end`; `pause`: a medicine stopped on `start`, restarted on `end`. */
  | { kind: 'span'; start: CalendarDate; end: CalendarDate; pause?: true }
  /** A span whose start is known and which lasts for life or until the team says (the item's text says which). */
  | { kind: 'from'; start: CalendarDate }
  /** Counted from a key date the patient does not know yet: shown as "ask your team for this date". */
  | { kind: 'unknown'; keyDate: string };

export type TimelineItemKind =
  'keyDate' | 'test' | 'medicinePause' | 'afterTreatmentRule' | 'followUp';

/** One dated thing on the patient's own timeline: decided once, shown by the checklist, the review, the handout and the calendar file alike. */
export type TimelineItem = {
  /** Unique and stable: `${kind}:${id in the protocol}`, e.g. "keyDate:infusion", "test:hiv-test", "medicinePause:hydroxyurea". */
  id: string;
  kind: TimelineItemKind;
  /** The item's words in the reader's language and voice, exactly as the checklist names it. */
  label: string;
  /** The checklist's words for when it happens, counted from its key date ("For 2 weeks after the infusion"); '' for a key date. */
  timing: string;
  when: TimelineWhen;
  /** Tests only: where the patient is with it. */
  testStatus?: 'due' | 'booked' | 'done';
  /** True when the person must do something on that day (stop or restart a medicine, have a test): the calendar file reminds them the day before. */
  needsAction: boolean;
  /** The day to act has gone by and it is not done (deadlinePassed): flagged in the same words wherever the item is shown. */
  passed: boolean;
};

type Answers = Partial<Pick<HandoutPatient, 'keyDates' | 'tests'>>;

/** The first day of `when`, for putting items in date order; null when not known. */
export function firstDay(when: TimelineWhen): CalendarDate | null {
  switch (when.kind) {
    case 'day':
      return when.date;
    case 'span':
    case 'from':
      return when.start;
    case 'unknown':
      return null;
  }
}

/** From `keyDate`, or `unknown` while the patient does not know it. */
function counted(
  keyDateId: string,
  keyDates: KnownKeyDates,
  dated: (keyDate: CalendarDate) => TimelineWhen,
): TimelineWhen {
  const keyDate = ownValue(keyDates, keyDateId);
  return keyDate ? dated(keyDate) : { kind: 'unknown', keyDate: keyDateId };
}

/**
 * The first visit of a follow-up schedule: one interval after its key date, or, where the interval is as long as
 * the checks go on or longer, the one check at the end of them (describeFollowUp says "Once, 1 month after").
 */
function firstVisit(item: FollowUp, keyDate: CalendarDate): CalendarDate {
  const first = checkedOnce(item) ? item.lasting : item.every;
  return addSpan(keyDate, first.amount, first.unit);
}

/**
 * The patient's timeline, in date order (known dates first, by date then protocol order; unknown ones after, in
 * protocol order). Protocol order is key dates, tests, medicines, rules after treatment, then follow-up, each in
 * its list's order. `t` and `text` are in the reader's language and voice.
 */
export function timelineItems(
  protocol: Protocol,
  answers: Answers,
  today: CalendarDate,
  t: Translate,
  text: (value: LocalizedText) => string,
): TimelineItem[] {
  const keyDates: KnownKeyDates = answers.keyDates ?? {};
  const tests = answers.tests ?? {};
  const keyDateLabel = keyDateLabeller(protocol.keyDates, text);
  // Rules after treatment with no key date of their own start on the treatment: the last key date, as key dates are listed in the order they happen.
  const treatment = protocol.keyDates[protocol.keyDates.length - 1]?.id ?? '';

  const testItem = (test: PreparationTest): TimelineItem[] => {
    const progress = ownValue(tests, test.id);
    const testStatus =
      progress?.status === 'done' ? 'done' : progress?.status === 'scheduled' ? 'booked' : 'due';
    // The day the patient booked or did it wins over the day it is due by.
    const when: TimelineWhen | null =
      progress?.date && testStatus !== 'due'
        ? { kind: 'day', date: progress.date }
        : test.timing
          ? stepWhen({ kind: 'test', timing: test.timing }, keyDates, today)
          : null;
    if (!when) return [];
    const passed = testStatus === 'due' && deadlinePassed('test', when, today);
    return [
      {
        id: `test:${test.id}`,
        kind: 'test',
        label: text(test.name),
        timing: test.timing ? describeTiming(test.timing, keyDateLabel, t) : '',
        when,
        testStatus,
        needsAction: testStatus !== 'done',
        passed,
      },
    ];
  };
  const medicineItem = (rule: MedicationRule): TimelineItem => {
    const when = stepWhen(
      { kind: 'medicinePause', action: rule.action, timing: rule.timing },
      keyDates,
      today,
    );
    return {
      id: `medicinePause:${rule.id}`,
      kind: 'medicinePause',
      label: medicineRuleText(rule, t, text),
      timing: describeTiming(rule.timing, keyDateLabel, t),
      when,
      needsAction: true,
      passed: deadlinePassed('medicinePause', when, today),
    };
  };
  const ruleItem = ({ id, rule, duration }: LifestyleRule): TimelineItem => ({
    id: `afterTreatmentRule:${id}`,
    kind: 'afterTreatmentRule',
    label: text(rule),
    timing: describeRuleDuration(duration, keyDateLabel, t),
    when:
      duration.kind === 'for'
        ? counted(duration.keyDate, keyDates, (start) => ({
            kind: 'span',
            start,
            end: addSpan(start, duration.amount, duration.unit),
          }))
        : counted(treatment, keyDates, (start) => ({ kind: 'from', start })),
    needsAction: false,
    passed: false,
  });
  const followUpItem = (item: FollowUp): TimelineItem => ({
    id: `followUp:${item.id}`,
    kind: 'followUp',
    label: text(item.what),
    timing: describeFollowUp(item, keyDateLabel, t),
    when: counted(item.keyDate, keyDates, (keyDate) => ({
      kind: 'day',
      date: firstVisit(item, keyDate),
    })),
    // The team books these visits; the day is counted, not an appointment to act on.
    needsAction: false,
    passed: false,
  });

  const items: TimelineItem[] = [
    ...protocol.keyDates.map((d): TimelineItem => ({
      id: `keyDate:${d.id}`,
      kind: 'keyDate',
      label: text(d.label),
      timing: '',
      when: counted(d.id, keyDates, (date) => ({ kind: 'day', date })),
      needsAction: true,
      passed: false,
    })),
    ...protocol.tests.flatMap(testItem),
    ...protocol.medications.map(medicineItem),
    ...protocol.afterTreatment.lifestyle.map(ruleItem),
    ...protocol.afterTreatment.followUp.map(followUpItem),
  ];
  const known = items.flatMap((item, order) => {
    const day = firstDay(item.when);
    return day ? [{ item, order, day }] : [];
  });
  known.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.order - b.order));
  return [
    ...known.map(({ item }) => item),
    ...items.filter((item) => item.when.kind === 'unknown'),
  ];
}
