import { useId } from 'react';

export interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: readonly T[];
  /** The visible name of each option, in the editor's language. */
  optionLabel: (option: T) => string;
  onChange: (value: T) => void;
  /** Shown but not changeable, with this reason (a setting the organization fixed). */
  lockedBecause?: string;
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  optionLabel,
  onChange,
  lockedBecause,
}: SelectFieldProps<T>) {
  const id = useId();
  return (
    <div className="field-row">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        disabled={lockedBecause !== undefined}
        aria-describedby={lockedBecause ? `${id}-locked` : undefined}
        onChange={(event) => onChange(event.target.value as T)}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
      {lockedBecause && (
        <span id={`${id}-locked`} className="hint">
          {lockedBecause}
        </span>
      )}
    </div>
  );
}
