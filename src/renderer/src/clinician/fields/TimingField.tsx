import { useTranslation } from 'react-i18next';
import type { KeyDate } from '../../../../shared/protocol/protocol';
import { resolveText } from '../../../../shared/schemas/localized-text';
import type { Timing } from '../../../../shared/schemas/timing';
import { useLanguage } from '../../i18n/use-language';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

/** "At least [8] [weeks] [before] [cell collection]". */
export function TimingField({ value, keyDates, onChange }: { value: Timing; keyDates: readonly KeyDate[]; onChange: (value: Timing) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const keyDateIds = keyDates.map((d) => d.id);
  return (
    <fieldset className="timing-field">
      <legend>{t('clinician:fields.timing')}</legend>
      <label className="inline-check">
        <input type="checkbox" checked={value.atLeast} onChange={(event) => onChange({ ...value, atLeast: event.target.checked })} />
        {t('clinician:fields.atLeast')}
      </label>
      <TextField label={t('clinician:fields.amount')} type="number" value={String(value.amount)} onChange={(text) => onChange({ ...value, amount: Number(text) })} />
      <SelectField label={t('clinician:fields.unit')} value={value.unit} options={['days', 'weeks', 'months'] as const} optionLabel={(u) => t(`clinician:units.${u}`)} onChange={(unit) => onChange({ ...value, unit })} />
      <SelectField label={t('clinician:fields.relation')} value={value.relation} options={['before', 'after'] as const} optionLabel={(r) => t(`clinician:relations.${r}`)} onChange={(relation) => onChange({ ...value, relation })} />
      <SelectField
        label={t('clinician:fields.keyDate')}
        value={keyDateIds.includes(value.keyDate) ? value.keyDate : (keyDateIds[0] ?? value.keyDate)}
        options={keyDateIds.includes(value.keyDate) ? keyDateIds : [value.keyDate, ...keyDateIds]}
        optionLabel={(id) => {
          const keyDate = keyDates.find((d) => d.id === id);
          return keyDate ? resolveText(keyDate.label, language).text : id;
        }}
        onChange={(keyDate) => onChange({ ...value, keyDate })}
      />
    </fieldset>
  );
}
