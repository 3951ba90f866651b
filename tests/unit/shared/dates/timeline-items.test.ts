import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadProtocolFolder } from '../../../../src/main/protocol/example-protocols';
import { translatorsFrom } from '../../../../src/main/i18n/translators';
import { addSpan, daysBetween } from '@shared/dates/calendar-date';
import { firstDay, timelineItems, type TimelineItem } from '@shared/dates/timeline-items';
import {
  describeFollowUp,
  describeRuleDuration,
  describeTiming,
} from '@shared/protocol/describe-timing';
import type { Language } from '@shared/i18n/languages';
import { medicineRuleText } from '@shared/medications/medicine-rule-text';
import type { Protocol } from '@shared/protocol/protocol';
import { resolveText, type LocalizedText } from '@shared/schemas/localized-text';
import type { HandoutPatient } from '@shared/schemas/session';

const protocols = loadProtocolFolder(path.resolve('resources/protocols'));
const byId = new Map(protocols.map((p) => [p.id, p]));
const carT = byId.get('example-car-t')!;
const translatorFor = translatorsFrom(path.resolve('locales'));
const today = '2026-12-01';
type Answers = Partial<Pick<HandoutPatient, 'keyDates' | 'tests'>>;

function itemsFor(protocol: Protocol, answers: Answers, language: Language = 'en', on = today) {
  const text = (value: LocalizedText) => resolveText(value, language).text;
  return timelineItems(protocol, answers, on, translatorFor(language), text);
}
const whenOf = (items: TimelineItem[]) =>
  Object.fromEntries(items.map((item) => [item.id, item.when]));

/** Every key date of the protocol on its own day, a week apart in the order they are listed, from `first`. */
const allKnown = (protocol: Protocol, first: string) =>
  Object.fromEntries(protocol.keyDates.map((d, i) => [d.id, addSpan(first, i, 'weeks')]));

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('the timeline items, for every example protocol', () => {
  it.each(protocols.map((p) => [p.id, p] as const))(
    '%s: one item per key date, dated test, medicine rule, rule after treatment and follow-up, ids unique and stable',
    (_id, protocol) => {
      const items = itemsFor(protocol, {});
      const expected = [
        ...protocol.keyDates.map((d) => `keyDate:${d.id}`),
        ...protocol.tests.filter((test) => test.timing).map((test) => `test:${test.id}`),
        ...protocol.medications.map((rule) => `medicinePause:${rule.id}`),
        ...protocol.afterTreatment.lifestyle.map((rule) => `afterTreatmentRule:${rule.id}`),
        ...protocol.afterTreatment.followUp.map((item) => `followUp:${item.id}`),
      ];
      // With no key date known, nothing is dated and the list keeps the protocol's order.
      expect(items.map((item) => item.id)).toEqual(expected);
      expect(new Set(expected).size).toBe(expected.length);
      expect(items.every((item) => item.when.kind === 'unknown')).toBe(true);
    },
  );

  it.each(protocols.map((p) => [p.id, p] as const))(
    '%s: with every key date known, each item is dated in order, with the checklist’s words',
    (_id, protocol) => {
      const keyDates = allKnown(protocol, '2027-02-01');
      const text = (value: LocalizedText) => resolveText(value, 'en').text;
      const t = translatorFor('en');
      const keyDateLabel = (id: string) => text(protocol.keyDates.find((d) => d.id === id)!.label);
      const items = itemsFor(protocol, { keyDates });
      const labels = new Map(items.map((item) => [item.id, [item.label, item.timing]]));
      for (const d of protocol.keyDates)
        expect(labels.get(`keyDate:${d.id}`)).toEqual([text(d.label), '']);
      for (const test of protocol.tests.filter((s) => s.timing))
        expect(labels.get(`test:${test.id}`)).toEqual([
          text(test.name),
          describeTiming(test.timing!, keyDateLabel, t),
        ]);
      for (const rule of protocol.medications)
        expect(labels.get(`medicinePause:${rule.id}`)).toEqual([
          medicineRuleText(rule, t, text),
          describeTiming(rule.timing, keyDateLabel, t),
        ]);
      for (const rule of protocol.afterTreatment.lifestyle)
        expect(labels.get(`afterTreatmentRule:${rule.id}`)).toEqual([
          text(rule.rule),
          describeRuleDuration(rule.duration, keyDateLabel, t),
        ]);
      for (const item of protocol.afterTreatment.followUp)
        expect(labels.get(`followUp:${item.id}`)).toEqual([
          text(item.what),
          describeFollowUp(item, keyDateLabel, t),
        ]);

      expect(items.some((item) => item.when.kind === 'unknown')).toBe(false);
      const days = items.map((item) => firstDay(item.when)!);
      expect(days).toEqual([...days].sort());
      for (const d of protocol.keyDates)
        expect(whenOf(items)[`keyDate:${d.id}`]).toEqual({ kind: 'day', date: keyDates[d.id] });
    },
  );

  it('speaks the reader’s language and voice', () => {
    const sma = byId.get('example-sma-aav9')!;
    for (const language of ['es', 'ar', 'zh'] as const) {
      const items = itemsFor(sma, { keyDates: { infusion: '2027-02-01' } }, language);
      const prednisolone = sma.medications[0]!;
      expect(items.find((item) => item.id === `medicinePause:${prednisolone.id}`)?.label).toContain(
        prednisolone.medicine[language],
      );
    }
  });
});

describe('the dates of the items', () => {
  const keyDates = {
    'cell-collection': '2027-01-11',
    lymphodepletion: '2027-02-01',
    infusion: '2027-02-06',
  };

  it('counts each item from its key date: deadlines, exact days, spans of a rule after treatment, lifelong rules from the treatment, first follow-up visits', () => {
    const when = whenOf(itemsFor(carT, { keyDates }));
    expect(when['medicinePause:avoid-live-vaccines']).toEqual({
      kind: 'day',
      date: '2026-12-21',
      deadline: true,
    });
    expect(when['medicinePause:infusion-premedication']).toEqual({
      kind: 'day',
      date: '2027-02-06',
    });
    expect(when['test:infection-screening']).toEqual({
      kind: 'day',
      date: '2027-01-11',
      deadline: true,
    });
    expect(when['afterTreatmentRule:no-driving']).toEqual({
      kind: 'span',
      start: '2027-02-06',
      end: '2027-02-20',
    });
    expect(when['afterTreatmentRule:wallet-card']).toEqual({ kind: 'from', start: '2027-02-06' });
    expect(when['afterTreatmentRule:vaccines-after']).toEqual({
      kind: 'from',
      start: '2027-02-06',
    });
    // Every day for 2 weeks: the first check the next day; once a month for a month: the one check a month on.
    expect(when['followUp:first-weeks']).toEqual({ kind: 'day', date: '2027-02-07' });
    expect(when['followUp:response-check']).toEqual({ kind: 'day', date: '2027-03-06' });
    expect(when['followUp:lifelong-monitoring']).toEqual({ kind: 'day', date: '2028-02-06' });
  });

  it('never guesses: an item counted from a key date not known yet asks for that key date, and comes after the dated ones in protocol order', () => {
    const items = itemsFor(carT, {
      keyDates: { 'cell-collection': '2027-01-11', lymphodepletion: null },
    });
    const when = whenOf(items);
    expect(when['keyDate:lymphodepletion']).toEqual({
      kind: 'unknown',
      keyDate: 'lymphodepletion',
    });
    expect(when['keyDate:infusion']).toEqual({ kind: 'unknown', keyDate: 'infusion' });
    expect(when['medicinePause:avoid-live-vaccines']).toEqual({
      kind: 'unknown',
      keyDate: 'lymphodepletion',
    });
    expect(when['afterTreatmentRule:wallet-card']).toEqual({
      kind: 'unknown',
      keyDate: 'infusion',
    });
    const firstUnknown = items.findIndex((item) => item.when.kind === 'unknown');
    expect(items.slice(firstUnknown).every((item) => item.when.kind === 'unknown')).toBe(true);
    expect(items.slice(0, firstUnknown).map((item) => item.id)).toEqual([
      'keyDate:cell-collection',
      'test:infection-screening',
    ]);
    expect(items.slice(firstUnknown).map((item) => item.id)).toEqual(
      itemsFor(carT, {})
        .filter(
          (item) => !['keyDate:cell-collection', 'test:infection-screening'].includes(item.id),
        )
        .map((item) => item.id),
    );
  });

  it('puts a test on the day it was booked or done, says where the patient is with it, and asks for action only while it is not done', () => {
    const items = itemsFor(carT, {
      keyDates,
      tests: {
        'infection-screening': { status: 'done', date: '2026-11-20' },
        'pregnancy-test': { status: 'scheduled', date: '2027-01-30' },
        'no-active-infection': { status: 'not-yet', date: null },
      },
    });
    const test = (id: string) => items.find((item) => item.id === `test:${id}`)!;
    expect([
      test('infection-screening').when,
      test('infection-screening').testStatus,
      test('infection-screening').needsAction,
    ]).toEqual([{ kind: 'day', date: '2026-11-20' }, 'done', false]);
    expect([
      test('pregnancy-test').when,
      test('pregnancy-test').testStatus,
      test('pregnancy-test').needsAction,
    ]).toEqual([{ kind: 'day', date: '2027-01-30' }, 'booked', true]);
    expect([
      test('no-active-infection').when,
      test('no-active-infection').testStatus,
      test('no-active-infection').needsAction,
    ]).toEqual([{ kind: 'day', date: '2027-02-06' }, 'due', true]);
    // A test booked with no day yet is dated by when it is due.
    const booked = itemsFor(carT, {
      keyDates,
      tests: { 'pregnancy-test': { status: 'scheduled', date: null } },
    }).find((item) => item.id === 'test:pregnancy-test')!;
    expect([booked.when, booked.testStatus]).toEqual([
      { kind: 'day', date: '2027-02-01', deadline: true },
      'booked',
    ]);
    // A test with no timing is on the timeline only once it has a day.
    const eye = byId.get('example-subretinal-eye')!;
    expect(itemsFor(eye, {}).some((item) => item.id === 'test:genetic-confirmation')).toBe(false);
    expect(
      whenOf(
        itemsFor(eye, {
          tests: { 'genetic-confirmation': { status: 'done', date: '2026-10-02' } },
        }),
      )['test:genetic-confirmation'],
    ).toEqual({ kind: 'day', date: '2026-10-02' });
  });

  it('keeps dates already passed, in date order before the ones to come', () => {
    const items = itemsFor(carT, { keyDates }, 'en', '2027-02-03');
    const when = whenOf(items);
    expect(when['keyDate:cell-collection']).toEqual({ kind: 'day', date: '2027-01-11' });
    expect(items[0]?.id).toBe('medicinePause:avoid-live-vaccines');
    // The day the list is made does not move a date.
    expect(whenOf(itemsFor(carT, { keyDates }, 'en', '2026-01-01'))).toEqual(when);
  });

  it('flags a deadline gone by: a test still to do, a medicine that should already have changed; never a key date, a rule, a visit, or a test booked or done', () => {
    const tests = {
      'infection-screening': { status: 'done', date: '2027-01-05' },
      'pregnancy-test': { status: 'scheduled', date: '2027-01-06' },
    } as const;
    const passedOn = (on: string) =>
      itemsFor(carT, { keyDates, tests }, 'en', on).flatMap((item) =>
        item.passed ? [item.id] : [],
      );
    // 2026-12-21 is the last day to avoid live vaccines (6 weeks before the chemotherapy): that day it is not passed yet.
    expect(passedOn('2026-12-21')).toEqual([]);
    expect(passedOn('2026-12-22')).toEqual(['medicinePause:avoid-live-vaccines']);
    // The day after the infusion: the medicines of that day and the infection check are passed; the booked and done tests,
    // the key dates, the rules and the follow-up are not.
    expect(passedOn('2027-02-07')).toEqual([
      'medicinePause:avoid-live-vaccines',
      'test:no-active-infection',
      'medicinePause:avoid-routine-steroids',
      'medicinePause:infusion-premedication',
    ]);
  });

  it('marks the days to act on: key dates, medicines, tests not done; not rules after treatment or follow-up visits the team books', () => {
    const needs = new Map(
      itemsFor(carT, { keyDates }).map((item) => [item.kind, item.needsAction]),
    );
    expect(Object.fromEntries(needs)).toEqual({
      keyDate: true,
      test: true,
      medicinePause: true,
      afterTreatmentRule: false,
      followUp: false,
    });
  });

  it.each([
    'America/New_York',
    'Europe/London',
    'Australia/Lord_Howe',
    'Pacific/Kiritimati',
    'America/Adak',
  ])('counts across daylight-saving changes by calendar days, never by hours (TZ=%s)', (zone) => {
    process.env.TZ = zone;
    // 8 March and 1 November 2026 are US changes; 29 March and 25 October European ones; Lord Howe moves by half an hour.
    const sickle = byId.get('example-sickle-cell-crispr')!;
    const when = whenOf(
      itemsFor(sickle, {
        keyDates: {
          'cell-collection': '2026-04-01',
          conditioning: '2026-11-02',
          infusion: '2026-11-05',
        },
      }),
    );
    expect(when['medicinePause:pause-hydroxyurea']).toEqual({
      kind: 'day',
      date: '2026-02-04',
      deadline: true,
    });
    expect(daysBetween('2026-02-04', '2026-04-01')).toBe(56);
    expect(when['medicinePause:pause-iron-chelators']).toEqual({
      kind: 'day',
      date: '2026-10-26',
      deadline: true,
    });
    expect(when['afterTreatmentRule:contraception']).toEqual({
      kind: 'span',
      start: '2026-11-05',
      end: '2027-05-05',
    });
    expect(when['followUp:blood-counts']).toEqual({ kind: 'day', date: '2026-11-12' });
  });
});

describe('spans', () => {
  const withSpan: Protocol = {
    ...carT,
    medications: [
      {
        ...carT.medications[0]!,
        id: 'pause-over-new-year',
        action: 'pause',
        timing: {
          kind: 'span',
          start: { amount: 2, unit: 'weeks', relation: 'before', keyDate: 'infusion' },
          end: { amount: 1, unit: 'weeks', relation: 'after', keyDate: 'infusion' },
        },
      },
    ],
  };

  it('gives a span crossing a year end both its ends, in the right years', () => {
    const when = whenOf(itemsFor(withSpan, { keyDates: { infusion: '2026-12-28' } }));
    expect(when['medicinePause:pause-over-new-year']).toEqual({
      kind: 'span',
      start: '2026-12-14',
      end: '2027-01-04',
      pause: true,
    });
    expect(when['afterTreatmentRule:no-driving']).toEqual({
      kind: 'span',
      start: '2026-12-28',
      end: '2027-01-11',
    });
  });

  it('marks only a medicine paused over a span as a pause: another rule over a span, or a test, keeps its ends', () => {
    const avoid: Protocol = {
      ...withSpan,
      medications: [{ ...withSpan.medications[0]!, action: 'avoid' }],
      tests: [{ ...carT.tests[0]!, timing: withSpan.medications[0]!.timing }],
    };
    const when = whenOf(itemsFor(avoid, { keyDates: { infusion: '2026-12-28' } }));
    expect(when['medicinePause:pause-over-new-year']).toEqual({
      kind: 'span',
      start: '2026-12-14',
      end: '2027-01-04',
    });
    expect(when[`test:${carT.tests[0]!.id}`]).toEqual({
      kind: 'span',
      start: '2026-12-14',
      end: '2027-01-04',
    });
  });

  it('flags a pause once its stop day has gone by, and a test over a span only once the span is over', () => {
    const both: Protocol = {
      ...withSpan,
      tests: [{ ...carT.tests[0]!, timing: withSpan.medications[0]!.timing }],
    };
    const passedOn = (on: string) =>
      itemsFor(both, { keyDates: { infusion: '2026-12-28' } }, 'en', on).flatMap((item) =>
        item.passed ? [item.id] : [],
      );
    expect(passedOn('2026-12-14')).toEqual([]);
    expect(passedOn('2026-12-15')).toEqual(['medicinePause:pause-over-new-year']);
    expect(passedOn('2027-01-05')).toEqual([
      `test:${carT.tests[0]!.id}`,
      'medicinePause:pause-over-new-year',
    ]);
  });

  it('asks for the key date of a span whose end is counted from one not known yet', () => {
    const crossing: Protocol = {
      ...withSpan,
      medications: [
        {
          ...withSpan.medications[0]!,
          timing: {
            kind: 'span',
            start: { amount: 0, unit: 'days', relation: 'before', keyDate: 'cell-collection' },
            end: { amount: 1, unit: 'weeks', relation: 'after', keyDate: 'infusion' },
          },
        },
      ],
    };
    expect(
      whenOf(itemsFor(crossing, { keyDates: { 'cell-collection': '2026-12-20' } }))[
        'medicinePause:pause-over-new-year'
      ],
    ).toEqual({ kind: 'unknown', keyDate: 'infusion' });
  });
});
