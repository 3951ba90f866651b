import { useId, type ReactNode } from 'react';
import { formatCalendarDate, isCalendarDate, type CalendarDate } from '@shared/dates/calendar-date';
import { useLanguage } from '../i18n/use-language';

export interface DateFieldProps {
  label: ReactNode;
  value: CalendarDate | null;
  onChange: (value: CalendarDate | null) => void;
  /** Said in place of the date in words while there is none ("Not known yet"). */
  empty?: string;
  /** Calm notes on the date (src/shared/dates/date-notes.ts), already in words. */
  notes?: readonly { id: string; text: string }[];
}

/**
 * A date field with the chosen date in words beside it, in the app's language: the browser draws the field in its
 * own locale's digits ("01/05/2027"), which a reader can take for 1 May. The words and the notes are tied to the
 * field, so a screen reader says them with it; the notes are announced as they change.
 */
export function DateField({ label, value, onChange, empty, notes = [] }: DateFieldProps) {
  const id = useId();
  const language = useLanguage();
  const words = value && isCalendarDate(value) ? formatCalendarDate(value, language) : empty;
  const describedBy = [words ? `${id}-words` : null, notes.length > 0 ? `${id}-notes` : null]
    .filter((part) => part !== null)
    .join(' ');
  return (
    <div className="field-row date-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value ?? ''}
        aria-describedby={describedBy || undefined}
        onChange={(event) =>
          onChange(isCalendarDate(event.target.value) ? event.target.value : null)
        }
      />
      {words && (
        <span id={`${id}-words`} className="hint">
          {words}
        </span>
      )}
      <div id={`${id}-notes`} className="date-notes" aria-live="polite">
        {notes.map((note) => (
          <p key={note.id} className="hint warning">
            {note.text}
          </p>
        ))}
      </div>
    </div>
  );
}
