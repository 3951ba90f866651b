import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addSpan,
  calendarDateOf,
  daysBetween,
  daysInMonth,
  isCalendarDate,
} from '@shared/dates/calendar-date';
import { dueDate } from '@shared/dates/due-dates';

const calendarDate = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2199-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const zones = [
  'UTC',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'Pacific/Kiritimati',
  'America/Santiago',
  'Asia/Kolkata',
];

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('calendar date arithmetic (properties, in many time zones)', () => {
  it.each(zones)('adding and removing days returns the same date in %s', (zone) => {
    process.env.TZ = zone;
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: -20_000, max: 20_000 }), (date, days) => {
        const moved = addDays(date, days);
        expect(isCalendarDate(moved)).toBe(true);
        expect(addDays(moved, -days)).toBe(date);
        expect(daysBetween(date, moved)).toBe(days);
      }),
    );
  });

  it('moves one calendar day at a time, through every month end, year end and leap day', () => {
    fc.assert(
      fc.property(calendarDate, (date) => {
        const next = addDays(date, 1);
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const expected =
          d < daysInMonth(y, m) ? [y, m, d + 1] : m < 12 ? [y, m + 1, 1] : [y + 1, 1, 1];
        expect(next.split('-').map(Number)).toEqual(expected);
      }),
    );
  });

  it('weeks are always exactly 7 days', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: -520, max: 520 }), (date, weeks) => {
        expect(daysBetween(date, addSpan(date, weeks, 'weeks'))).toBe(7 * weeks);
      }),
    );
  });

  it('months land in the right month and never past its last day', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: -1200, max: 1200 }), (date, months) => {
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const [y2, m2, d2] = addMonths(date, months).split('-').map(Number) as [
          number,
          number,
          number,
        ];
        expect(y2 * 12 + m2 - (y * 12 + m)).toBe(months);
        expect(d2).toBe(Math.min(d, daysInMonth(y2, m2)));
      }),
    );
  });

  it.each([
    ['2026-03-08', 1, '2026-03-09'], // US clocks spring forward
    ['2026-11-01', 1, '2026-11-02'], // US clocks fall back
    ['2026-03-29', -7, '2026-03-22'], // EU clocks spring forward
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2027-01-05', -56, '2026-11-10'],
  ])('%s plus %i days is %s, in every zone', (date, days, expected) => {
    for (const zone of zones) {
      process.env.TZ = zone;
      expect(addDays(date, days)).toBe(expected);
    }
  });

  it('clamps month ends', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-03-31', -1)).toBe('2027-02-28');
    expect(addSpan('2028-02-29', 1, 'years')).toBe('2029-02-28');
  });

  it('refuses dates that do not exist', () => {
    for (const bad of ['2027-02-29', '2026-13-01', '2026-00-10', '2026-1-5', 'tomorrow', '']) {
      expect(isCalendarDate(bad)).toBe(false);
      expect(() => addDays(bad, 1)).toThrow(RangeError);
    }
  });

  it('takes today from the local clock, not UTC', () => {
    const moment = new Date('2026-03-08T04:30:00Z');
    process.env.TZ = 'America/New_York';
    expect(calendarDateOf(moment)).toBe('2026-03-07');
    process.env.TZ = 'Asia/Kolkata';
    expect(calendarDateOf(moment)).toBe('2026-03-08');
  });
});

describe('dueDate', () => {
  const eightWeeksBefore = {
    amount: 8,
    unit: 'weeks',
    relation: 'before',
    keyDate: 'collection',
  } as const;

  it('counts back from a known key date', () => {
    expect(dueDate(eightWeeksBefore, { collection: '2027-01-05' }, '2026-11-01')).toEqual({
      kind: 'dated',
      date: '2026-11-10',
      daysLeft: 9,
      state: 'upcoming',
    });
  });

  it('says today and passed', () => {
    expect(dueDate(eightWeeksBefore, { collection: '2027-01-05' }, '2026-11-10')).toMatchObject({
      state: 'today',
      daysLeft: 0,
    });
    expect(dueDate(eightWeeksBefore, { collection: '2027-01-05' }, '2026-11-22')).toMatchObject({
      state: 'passed',
      daysLeft: -12,
    });
  });

  it('never makes up a date when the key date is unknown', () => {
    expect(dueDate(eightWeeksBefore, {}, '2026-11-22')).toEqual({
      kind: 'relative',
      keyDate: 'collection',
    });
    expect(dueDate(eightWeeksBefore, { collection: null }, '2026-11-22')).toEqual({
      kind: 'relative',
      keyDate: 'collection',
    });
  });

  it('counts forward for steps after a key date', () => {
    expect(
      dueDate(
        { amount: 6, unit: 'months', relation: 'after', keyDate: 'infusion' },
        { infusion: '2026-08-31' },
        '2026-09-01',
      ),
    ).toMatchObject({
      date: '2027-02-28',
      state: 'upcoming',
    });
  });

  it('is always exactly the span away from the key date (property)', () => {
    fc.assert(
      fc.property(
        calendarDate,
        calendarDate,
        fc.integer({ min: 0, max: 200 }),
        (key, today, days) => {
          const due = dueDate(
            { amount: days, unit: 'days', relation: 'before', keyDate: 'k' },
            { k: key },
            today,
          );
          expect(due.kind === 'dated' && daysBetween(due.date, key)).toBe(days);
          expect(due.kind === 'dated' && due.daysLeft).toBe(
            daysBetween(today, addDays(key, -days)),
          );
        },
      ),
    );
  });
});
