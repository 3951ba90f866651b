import type { Protocol } from '@shared/protocol/protocol';
import { ownValue } from '@shared/values/own-value';
import { DateField } from './DateField';
import { LocalizedText } from './LocalizedText';
import { useDateNotes } from './use-date-notes';
import { useVoicedTranslation } from '../i18n/voice';

/** The patient's own key dates (collection, infusion…); an empty one stays "not known yet", never guessed. */
export function KeyDatesForm({
  protocol,
  keyDates,
  onChange,
}: {
  protocol: Protocol;
  keyDates: Readonly<Record<string, string | null>>;
  onChange: (keyDates: Record<string, string | null>) => void;
}) {
  const { t } = useVoicedTranslation();
  const notes = useDateNotes(protocol, { keyDates });
  return (
    <fieldset className="key-dates">
      <legend>{t('checklist:keyDates.heading')}</legend>
      <p className="hint">{t('checklist:keyDates.intro')}</p>
      {protocol.keyDates.map((keyDate) => (
        <DateField
          key={keyDate.id}
          label={<LocalizedText text={keyDate.label} />}
          value={ownValue(keyDates, keyDate.id) ?? null}
          empty={t('checklist:keyDates.unknown')}
          notes={notes.on({ kind: 'keyDate', id: keyDate.id })}
          onChange={(date) => onChange({ ...keyDates, [keyDate.id]: date })}
        />
      ))}
    </fieldset>
  );
}
