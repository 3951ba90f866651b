import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ownValue } from '@shared/values/own-value';
import type { Protocol } from '@shared/protocol/protocol';
import { TestProgressSchema, type PatientSession } from '@shared/schemas/session';
import { useText } from '../i18n/voice';
import { DateField, type DateFieldProps } from './DateField';
import { useDateNotes } from './use-date-notes';

type Progress = PatientSession['tests'][string];

/** Where the patient is with one test: not yet, booked (with its date) or done (with its date); on the handout. */
export function TestProgressField({
  testName,
  progress,
  notes,
  onChange,
}: {
  testName: string;
  progress: Progress | undefined;
  notes: DateFieldProps['notes'];
  onChange: (progress: Progress) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const status = progress?.status ?? 'not-yet';
  return (
    <fieldset className="test-progress">
      <legend className="visually-hidden">
        {t('checklist:progress.legend', { test: testName })}
      </legend>
      <div className="segmented">
        {TestProgressSchema.shape.status.options.map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name={id}
              checked={status === option}
              onChange={() =>
                onChange({
                  status: option,
                  date: option === 'not-yet' ? null : (progress?.date ?? null),
                })
              }
            />
            {t(`checklist:progress.${option}`)}
          </label>
        ))}
      </div>
      {status !== 'not-yet' && (
        <DateField
          label={t(
            status === 'done' ? 'checklist:progress.doneOn' : 'checklist:progress.bookedFor',
          )}
          value={progress?.date ?? null}
          notes={notes}
          onChange={(date) => onChange({ status, date })}
        />
      )}
    </fieldset>
  );
}

/**
 * The field for one of the protocol's tests, reading and writing the patient's answers, with the notes on its
 * date (booked after the key date it is needed before…); the checklist and the review show it.
 */
export function SessionTestProgress({
  protocol,
  test,
  answers,
  onChange,
}: {
  protocol: Protocol;
  test: Protocol['tests'][number];
  answers: Pick<PatientSession, 'keyDates' | 'tests'>;
  onChange: (tests: PatientSession['tests']) => void;
}) {
  const text = useText();
  const notes = useDateNotes(protocol, answers);
  return (
    <TestProgressField
      testName={text(test.name)}
      progress={ownValue(answers.tests, test.id)}
      notes={notes.on({ kind: 'test', id: test.id })}
      onChange={(progress) => onChange({ ...answers.tests, [test.id]: progress })}
    />
  );
}
