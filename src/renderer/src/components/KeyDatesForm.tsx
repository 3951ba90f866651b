import { useId } from 'react';
import type { Protocol } from '../../../shared/protocol/protocol';
import { isCalendarDate } from '../../../shared/dates/calendar-date';
import { ownValue } from '../../../shared/own-value';
import { LocalizedText } from './LocalizedText';
import { useVoicedTranslation } from '../i18n/voice';

/** The patient's own key dates (collection, infusion…); an empty one stays "not known yet", never guessed. */
export function KeyDatesForm({ protocol, keyDates, onChange }: { protocol: Protocol; keyDates: Readonly<Record<string, string | null>>; onChange: (keyDates: Record<string, string | null>) => void }) {
  const { t } = useVoicedTranslation();
  const id = useId();
  const set = (keyDate: string, value: string) => onChange({ ...keyDates, [keyDate]: isCalendarDate(value) ? value : null });
  return (
    <fieldset className="key-dates">
      <legend>{t('checklist:keyDates.heading')}</legend>
      <p className="hint">{t('checklist:keyDates.intro')}</p>
      {protocol.keyDates.map((keyDate) => (
        <div key={keyDate.id} className="field-row">
          <label htmlFor={`${id}-${keyDate.id}`}>
            <LocalizedText text={keyDate.label} />
          </label>
          <input
            id={`${id}-${keyDate.id}`}
            type="date"
            value={ownValue(keyDates, keyDate.id) ?? ''}
            aria-describedby={ownValue(keyDates, keyDate.id) ? undefined : `${id}-${keyDate.id}-unknown`}
            onChange={(event) => set(keyDate.id, event.target.value)}
          />
          {!ownValue(keyDates, keyDate.id) && (
            <span id={`${id}-${keyDate.id}-unknown`} className="hint">
              {t('checklist:keyDates.unknown')}
            </span>
          )}
        </div>
      ))}
    </fieldset>
  );
}
