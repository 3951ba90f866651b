import { useTranslation } from 'react-i18next';
import type { CalendarDate } from '../../../shared/dates/calendar-date';
import type { KnownKeyDates } from '../../../shared/dates/due-dates';
import { describeDueDate } from '../../../shared/describe-timing';
import type { Timing } from '../../../shared/schemas/timing';
import { useLanguage } from '../i18n/use-language';

/**
 * The date a timed step falls on for this patient, from their key dates. With no key date it asks them to get
 * the date from their team instead of guessing one; a date already passed says to talk to the team today.
 */
export function DueDate({ timing, keyDates, today, keyDateLabel }: { timing: Timing; keyDates: KnownKeyDates; today: CalendarDate; keyDateLabel: string }) {
  const { t } = useTranslation();
  const due = describeDueDate(timing, keyDates, today, keyDateLabel, t, useLanguage());
  return <span className={due.passed ? 'due passed error' : 'due'}>{due.text}</span>;
}
