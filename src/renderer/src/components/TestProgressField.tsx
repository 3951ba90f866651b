import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isCalendarDate } from '../../../shared/dates/calendar-date';
import type { PatientSession } from '../../../shared/schemas/session';

type Progress = PatientSession['tests'][string];
const STATUSES = ['not-yet', 'scheduled', 'done'] as const;

/** Where the patient is with one test: not yet, booked (with its date) or done (with its date); on the handout. */
export function TestProgressField({ testName, progress, onChange }: { testName: string; progress: Progress | undefined; onChange: (progress: Progress) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const status = progress?.status ?? 'not-yet';
  return (
    <fieldset className="test-progress">
      <legend className="visually-hidden">{t('checklist:progress.legend', { test: testName })}</legend>
      <div className="segmented">
        {STATUSES.map((option) => (
          <label key={option} className="choice">
            <input type="radio" name={id} checked={status === option} onChange={() => onChange({ status: option, date: option === 'not-yet' ? null : (progress?.date ?? null) })} />
            {t(`checklist:progress.${option}`)}
          </label>
        ))}
      </div>
      {status !== 'not-yet' && (
        <div className="field-row">
          <label htmlFor={`${id}-date`}>{t(status === 'done' ? 'checklist:progress.doneOn' : 'checklist:progress.bookedFor')}</label>
          <input id={`${id}-date`} type="date" value={progress?.date ?? ''} onChange={(event) => onChange({ status, date: isCalendarDate(event.target.value) ? event.target.value : null })} />
        </div>
      )}
    </fieldset>
  );
}
