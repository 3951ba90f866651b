import { useId } from 'react';
import { UnprintableNote } from '../../components/UnprintableNote';

export interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'tel' | 'number';
  hint?: string;
  dir?: 'ltr' | 'auto';
  /** Marks a field that must be filled in; `error` says what is wrong with it, next to it. */
  required?: boolean;
  error?: string | null;
}

export function TextField({
  label,
  value,
  onChange,
  type = 'text',
  hint,
  dir = 'auto',
  required = false,
  error = null,
}: TextFieldProps) {
  const id = useId();
  const describedBy = [
    hint ? `${id}-hint` : null,
    error ? `${id}-error` : null,
    `${id}-unprintable`,
  ]
    .filter((part) => part !== null)
    .join(' ');
  return (
    <div className="field-row">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        dir={dir}
        value={value}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint && (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="error">
          {error}
        </span>
      )}
      <UnprintableNote id={`${id}-unprintable`} text={value} forStaff />
    </div>
  );
}
