import { useTranslation } from 'react-i18next';
import type { KeyDate } from '@shared/protocol/protocol';
import { withTimingKind } from '@shared/protocol/timing-kind-change';
import { resolveText } from '@shared/schemas/localized-text';
import {
  TIMING_KINDS,
  type KeyDateOffset,
  type Timing,
  KeyDateOffsetSchema,
} from '@shared/schemas/timing';
import { keyDateLabeller } from '@shared/dates/key-date-label';
import { useLanguage } from '../../i18n/use-language';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

/** "[8] [weeks] [before] [cell collection]": one day counted from a key date. */
function OffsetFields({
  value,
  keyDates,
  onChange,
}: {
  value: KeyDateOffset;
  keyDates: readonly KeyDate[];
  onChange: (value: KeyDateOffset) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const keyDateIds = keyDates.map((d) => d.id);
  return (
    <>
      <TextField
        label={t('clinician:fields.amount')}
        type="number"
        value={String(value.amount)}
        onChange={(text) => onChange({ ...value, amount: Number(text) })}
      />
      <SelectField
        label={t('clinician:fields.unit')}
        value={value.unit}
        options={KeyDateOffsetSchema.shape.unit.options}
        optionLabel={(u) => t(`clinician:units.${u}`)}
        onChange={(unit) => onChange({ ...value, unit })}
      />
      <SelectField
        label={t('clinician:fields.relation')}
        value={value.relation}
        options={KeyDateOffsetSchema.shape.relation.options}
        optionLabel={(r) => t(`clinician:relations.${r}`)}
        onChange={(relation) => onChange({ ...value, relation })}
      />
      <SelectField
        label={t('clinician:fields.keyDate')}
        value={
          keyDateIds.includes(value.keyDate) ? value.keyDate : (keyDateIds[0] ?? value.keyDate)
        }
        options={keyDateIds.includes(value.keyDate) ? keyDateIds : [value.keyDate, ...keyDateIds]}
        optionLabel={keyDateLabeller(keyDates, (label) => resolveText(label, language).text)}
        onChange={(keyDate) => onChange({ ...value, keyDate })}
      />
    </>
  );
}

/** Which kind of timing (one exact day, a deadline, a span) and its day or days. */
export function TimingField({
  value,
  keyDates,
  onChange,
}: {
  value: Timing;
  keyDates: readonly KeyDate[];
  onChange: (value: Timing) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="timing-field">
      <legend>{t('clinician:fields.timing')}</legend>
      <SelectField
        label={t('clinician:fields.timingKind')}
        value={value.kind}
        options={TIMING_KINDS}
        optionLabel={(kind) => t(`clinician:timingKinds.${kind}`)}
        onChange={(kind) => onChange(withTimingKind(value, kind))}
      />
      {value.kind === 'span' ? (
        (['start', 'end'] as const).map((end) => (
          <fieldset key={end} className="timing-field">
            <legend>
              {t(end === 'start' ? 'clinician:fields.spanStart' : 'clinician:fields.spanEnd')}
            </legend>
            <OffsetFields
              value={value[end]}
              keyDates={keyDates}
              onChange={(day) => onChange({ ...value, [end]: day })}
            />
          </fieldset>
        ))
      ) : (
        <OffsetFields
          value={value}
          keyDates={keyDates}
          onChange={(day) => onChange({ ...day, kind: value.kind })}
        />
      )}
    </fieldset>
  );
}
