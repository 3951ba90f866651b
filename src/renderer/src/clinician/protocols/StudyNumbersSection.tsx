import { useTranslation } from 'react-i18next';
import { StudyNumberEffectSchema } from '@shared/protocol/study-numbers';
import { ItemList } from '../fields/ItemList';
import { LocalizedTextField } from '../fields/LocalizedTextField';
import { SelectField } from '../fields/SelectField';
import { SourceField } from '../fields/SourceField';
import { TextField } from '../fields/TextField';
import type { SectionProps } from './DetailsSection';
import { newItem } from './new-items';
import { studyCountPreview, withStudyNumbers } from './study-number-edits';

/** Benefits and harms as the studies counted them; with none left, the field goes, as in a protocol that never had it. */
export function StudyNumbersSection({ draft, onChange }: SectionProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="study-numbers-heading">
      <h2 id="study-numbers-heading">{t('clinician:editor.studyNumbers')}</h2>
      <p className="hint">{t('clinician:editor.studyNumbersHint')}</p>
      <ItemList
        heading={t('clinician:editor.studyNumbers')}
        itemName={t('clinician:items.studyNumber')}
        items={draft.studyNumbers ?? []}
        create={newItem.studyNumber}
        onChange={(studyNumbers) => onChange(withStudyNumbers(draft, studyNumbers))}
        render={(number, update) => {
          const preview = studyCountPreview(number, t);
          return (
            <>
              <SelectField
                label={t('clinician:fields.effect')}
                value={number.effect}
                options={StudyNumberEffectSchema.options}
                optionLabel={(e) => t(`clinician:effects.${e}`)}
                onChange={(effect) => update({ ...number, effect })}
              />
              <LocalizedTextField
                label={t('clinician:fields.result')}
                value={number.result}
                onChange={(result) => update({ ...number, result })}
              />
              <LocalizedTextField
                label={t('clinician:fields.group')}
                multiline
                value={number.group}
                onChange={(group) => update({ ...number, group })}
              />
              <TextField
                label={t('clinician:fields.count')}
                type="number"
                value={String(number.count)}
                onChange={(v) => update({ ...number, count: Number(v) })}
              />
              <TextField
                label={t('clinician:fields.outOf')}
                type="number"
                value={String(number.outOf)}
                onChange={(v) => update({ ...number, outOf: Number(v) })}
              />
              {preview !== null && (
                <p className="hint">{t('clinician:fields.patientSees', { words: preview })}</p>
              )}
              <SourceField
                value={number.source}
                onChange={(source) => update({ ...number, source })}
              />
            </>
          );
        }}
      />
    </section>
  );
}
