import { useTranslation } from 'react-i18next';
import type { Protocol } from '@shared/protocol/protocol';
import { TherapyFamilySchema } from '@shared/protocol/therapy-family';
import { LIMITS } from '@shared/schemas/limits';
import { DateField } from '../../components/DateField';
import { ItemList } from '../fields/ItemList';
import { LocalizedTextField } from '../fields/LocalizedTextField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { newItem } from './new-items';

export interface SectionProps {
  draft: Protocol;
  onChange: (draft: Protocol) => void;
}

/** Title, summary, therapy family, review status and the key dates everything else is timed against. */
export function DetailsSection({ draft, onChange }: SectionProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="details-heading">
      <h2 id="details-heading">{t('clinician:editor.details')}</h2>
      <LocalizedTextField
        label={t('clinician:fields.title')}
        maxLength={LIMITS.title}
        value={draft.title}
        onChange={(title) => onChange({ ...draft, title })}
      />
      <LocalizedTextField
        label={t('clinician:fields.summary')}
        multiline
        value={draft.summary}
        onChange={(summary) => onChange({ ...draft, summary })}
      />
      <SelectField
        label={t('clinician:fields.family')}
        value={draft.family}
        options={TherapyFamilySchema.options}
        optionLabel={(family) => t(`clinician:families.${family}`)}
        onChange={(family) => onChange({ ...draft, family })}
      />
      <DateField
        label={t('clinician:fields.labelCheckedOn')}
        value={draft.labelCheckedOn || null}
        onChange={(labelCheckedOn) => onChange({ ...draft, labelCheckedOn: labelCheckedOn ?? '' })}
      />
      <label className="inline-check">
        <input
          type="checkbox"
          checked={draft.isExample}
          onChange={(event) => onChange({ ...draft, isExample: event.target.checked })}
        />
        {t('clinician:fields.isExample')}
      </label>
      <ItemList
        heading={t('clinician:editor.keyDates')}
        itemName={t('clinician:items.keyDate')}
        items={draft.keyDates}
        create={newItem.keyDate}
        onChange={(keyDates) => onChange({ ...draft, keyDates })}
        render={(keyDate, update) => (
          <>
            <TextField
              label={t('clinician:fields.id')}
              dir="ltr"
              value={keyDate.id}
              onChange={(id) => update({ ...keyDate, id })}
            />
            <LocalizedTextField
              label={t('clinician:fields.keyDateLabel')}
              maxLength={LIMITS.keyDateLabel}
              value={keyDate.label}
              onChange={(label) => update({ ...keyDate, label })}
            />
          </>
        )}
      />
    </section>
  );
}
