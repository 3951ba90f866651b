import { useTranslation } from 'react-i18next';
import type { Protocol } from '../../../../shared/protocol/protocol';
import { StudyNumberEffectSchema, type StudyNumber } from '../../../../shared/protocol/study-numbers';
import { studyNumberWords } from '../../../../shared/study-number-words';
import { ItemList } from '../fields/ItemList';
import { LocalizedTextField } from '../fields/LocalizedTextField';
import { SelectField } from '../fields/SelectField';
import { SourceField } from '../fields/SourceField';
import { TextField } from '../fields/TextField';
import type { SectionProps } from './DetailsSection';
import { newItem } from './new-items';

/** Benefits and harms as the studies counted them; with none left, the field goes, as in a protocol that never had it. */
export function StudyNumbersSection({ draft, onChange }: SectionProps) {
  const { t } = useTranslation();
  const setNumbers = (studyNumbers: StudyNumber[]) => {
    const next: Protocol = { ...draft, studyNumbers };
    if (studyNumbers.length === 0) delete next.studyNumbers;
    onChange(next);
  };
  return (
    <section aria-labelledby="study-numbers-heading">
      <h2 id="study-numbers-heading">{t('clinician:editor.studyNumbers')}</h2>
      <p className="hint">{t('clinician:editor.studyNumbersHint')}</p>
      <ItemList
        heading={t('clinician:editor.studyNumbers')}
        itemName={t('clinician:items.studyNumber')}
        items={draft.studyNumbers ?? []}
        create={newItem.studyNumber}
        onChange={setNumbers}
        render={(number, update) => (
          <>
            <SelectField label={t('clinician:fields.effect')} value={number.effect} options={StudyNumberEffectSchema.options} optionLabel={(e) => t(`clinician:effects.${e}`)} onChange={(effect) => update({ ...number, effect })} />
            <LocalizedTextField label={t('clinician:fields.result')} value={number.result} onChange={(result) => update({ ...number, result })} />
            <LocalizedTextField label={t('clinician:fields.group')} multiline value={number.group} onChange={(group) => update({ ...number, group })} />
            <TextField label={t('clinician:fields.count')} type="number" value={String(number.count)} onChange={(v) => update({ ...number, count: Number(v) })} />
            <TextField label={t('clinician:fields.outOf')} type="number" value={String(number.outOf)} onChange={(v) => update({ ...number, outOf: Number(v) })} />
            {number.outOf >= 1 && number.count >= 0 && number.count <= number.outOf && <p className="hint">{t('clinician:fields.patientSees', { words: studyNumberWords(number.count, number.outOf, t) })}</p>}
            <SourceField value={number.source} onChange={(source) => update({ ...number, source })} />
          </>
        )}
      />
    </section>
  );
}
