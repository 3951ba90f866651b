/**
 * Calendar dates ("2027-01-12") with no time of day and no time zone, so adding weeks never drifts across a
 * daylight-saving change or a year end. Arithmetic runs on day numbers counted in UTC, where days are
 * always 24 hours long.
 */
export type CalendarDate = string;

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function parts(date: CalendarDate): [number, number, number] {
  const match = PATTERN.exec(date);
  if (!match) throw new RangeError(`"${date}" is not a calendar date (YYYY-MM-DD)`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    throw new RangeError(`"${date}" does not exist`);
  return [year, month, day];
}

function format(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isCalendarDate(value: string): boolean {
  try {
    parts(value);
    return true;
  } catch {
    return false;
  }
}

function dayNumber(date: CalendarDate): number {
  const [year, month, day] = parts(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function fromDayNumber(days: number): CalendarDate {
  const d = new Date(days * DAY_MS);
  return format(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole calendar months; the 31st of a shorter month becomes its last day (31 January + 1 month = 28 or 29 February). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + months;
  const [y, m] = [Math.floor(index / 12), (((index % 12) + 12) % 12) + 1];
  return format(y, m, Math.min(day, daysInMonth(y, m)));
}

export type SpanUnit = 'days' | 'weeks' | 'months' | 'years';

export function addSpan(date: CalendarDate, amount: number, unit: SpanUnit): CalendarDate {
  switch (unit) {
    case 'days':
      return addDays(date, amount);
    case 'weeks':
      return addDays(date, amount * 7);
    case 'months':
      return addMonths(date, amount);
    case 'years':
      return addMonths(date, amount * 12);
  }
}

/** Days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The calendar date it is now where the person is (their computer's time zone), not in UTC. */
export function calendarDateOf(moment: Date): CalendarDate {
  return format(moment.getFullYear(), moment.getMonth() + 1, moment.getDate());
}

/** Formatters made once per locale and length: making one costs far more than formatting (a batch formats hundreds of dates). */
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * "Tuesday, 10 November 2026" in the reader's language, or `short` "10 Nov 2026" where room is tight (a figure);
 * formatted in UTC so the day never shifts.
 */
export function formatCalendarDate(
  date: CalendarDate,
  locale: string,
  length: 'full' | 'short' = 'full',
): string {
  const [year, month, day] = parts(date);
  const key = `${length} ${locale}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const style: Intl.DateTimeFormatOptions =
      length === 'full'
        ? { dateStyle: 'full' }
        : { day: 'numeric', month: 'short', year: 'numeric' };
    formatter = new Intl.DateTimeFormat(locale, { ...style, timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter.format(new Date(Date.UTC(year, month - 1, day)));
}
