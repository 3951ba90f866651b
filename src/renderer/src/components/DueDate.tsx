import { useTranslation } from 'react-i18next';
import { formatCalendarDate, type CalendarDate } from '../../../shared/dates/calendar-date';
import { dueDate, type KnownKeyDates } from '../../../shared/dates/due-dates';
import type { Timing } from '../../../shared/schemas/timing';
import { useLanguage } from '../i18n/use-language';

/**
 * The date a timed step falls on for this patient, from their key dates. With no key date it asks them to get
 * the date from their team instead of guessing one; a date already passed says to talk to the team today.
 */
export function DueDate({ timing, keyDates, today, keyDateLabel }: { timing: Timing; keyDates: KnownKeyDates; today: CalendarDate; keyDateLabel: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const due = dueDate(timing, keyDates, today);
  if (due.kind === 'relative') return <span className="due unknown">{t('checklist:due.unknown', { keyDate: keyDateLabel })}</span>;
  const date = formatCalendarDate(due.date, language);
  const text = t(timing.relation === 'before' ? 'checklist:due.by' : 'checklist:due.from', { date });
  return (
    <span className={`due ${due.state}`}>
      {text}
      {due.state === 'today' && ` ${t('checklist:due.today')}`}
      {due.state === 'passed' && timing.relation === 'before' && <strong className="error"> {t('checklist:due.passed')}</strong>}
    </span>
  );
}
