import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarDateOf, isCalendarDate } from '../../../shared/dates/calendar-date';
import { ownValue } from '../../../shared/own-value';
import type { Protocol } from '../../../shared/protocol/protocol';
import type { PatientSession } from '../../../shared/schemas/session';
import { useText } from '../i18n/voice';

type Progress = PatientSession['tests'][string];
const STATUSES = ['not-yet', 'scheduled', 'done'] as const;

/** Where the patient is with one test: not yet, booked (with its date) or done (with its date); on the handout. */
export function TestProgressField({ testName, progress, onChange }: { testName: string; progress: Progress | undefined; onChange: (progress: Progress) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const status = progress?.status ?? 'not-yet';
  // A test done on a day still to come, or booked for a day gone by, is most likely a slip of the date.
  const today = calendarDateOf(new Date());
  const date = progress?.date ?? null;
  const doubt = date === null ? null : status === 'done' && date > today ? 'doneInFuture' : status === 'scheduled' && date < today ? 'bookedInPast' : null;
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
          <input
            id={`${id}-date`}
            type="date"
            value={progress?.date ?? ''}
            aria-describedby={doubt ? `${id}-doubt` : undefined}
            onChange={(event) => onChange({ status, date: isCalendarDate(event.target.value) ? event.target.value : null })}
          />
        </div>
      )}
      <p id={`${id}-doubt`} className="hint warning" aria-live="polite">
        {doubt && t(`checklist:progress.${doubt}`)}
      </p>
    </fieldset>
  );
}

/** The field for one of the protocol's tests, reading and writing the patient's answers; the checklist and the review show it. */
export function SessionTestProgress({ test, tests, onChange }: { test: Protocol['tests'][number]; tests: PatientSession['tests']; onChange: (tests: PatientSession['tests']) => void }) {
  const text = useText();
  return <TestProgressField testName={text(test.name)} progress={ownValue(tests, test.id)} onChange={(progress) => onChange({ ...tests, [test.id]: progress })} />;
}
