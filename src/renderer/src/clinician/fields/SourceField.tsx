import { useTranslation } from 'react-i18next';
import type { Source } from '../../../../shared/schemas/source';
import { DateField } from '../../components/DateField';
import { TextField } from './TextField';

/** Where an item's fact comes from and when it was checked; reviewer notes are for staff only. */
export function SourceField({ value, onChange }: { value: Source; onChange: (value: Source) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="source-field">
      <legend>{t('clinician:fields.source')}</legend>
      <TextField label={t('clinician:fields.citation')} dir="ltr" value={value.citation} onChange={(citation) => onChange({ ...value, citation })} />
      <DateField label={t('clinician:fields.checkedOn')} value={value.checkedOn || null} onChange={(checkedOn) => onChange({ ...value, checkedOn: checkedOn ?? '' })} />
      <TextField
        label={t('clinician:fields.reviewerNote')}
        hint={t('clinician:fields.reviewerNoteHint')}
        value={value.reviewerNote ?? ''}
        onChange={(note) => {
          const base: Source = { citation: value.citation, checkedOn: value.checkedOn };
          onChange(note.trim() === '' ? base : { ...base, reviewerNote: note });
        }}
      />
    </fieldset>
  );
}
