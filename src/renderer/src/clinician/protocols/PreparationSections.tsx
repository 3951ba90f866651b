import { useTranslation } from 'react-i18next';
import { parseMedicineNameList } from '@shared/medications/medicine-name-list';
import {
  MedicationActionSchema,
  QuestionStageSchema,
  QuestionTopicSchema,
  TestCategorySchema,
} from '@shared/protocol/preparation';
import { ItemList } from '../fields/ItemList';
import { LocalizedTextField } from '../fields/LocalizedTextField';
import { SelectField } from '../fields/SelectField';
import { SourceField } from '../fields/SourceField';
import { TextField } from '../fields/TextField';
import { TimingField } from '../fields/TimingField';
import type { SectionProps } from './DetailsSection';
import { newItem } from './new-items';

/** Tests, medication rules and questions: what the patient does before treatment. */
export function PreparationSections({ draft, onChange }: SectionProps) {
  const { t } = useTranslation();
  const firstKeyDate = draft.keyDates[0]?.id ?? '';
  return (
    <section aria-labelledby="preparation-heading">
      <h2 id="preparation-heading">{t('clinician:editor.preparation')}</h2>
      <ItemList
        heading={t('clinician:editor.tests')}
        itemName={t('clinician:items.test')}
        items={draft.tests}
        create={() => newItem.test(firstKeyDate)}
        onChange={(tests) => onChange({ ...draft, tests })}
        render={(test, update) => (
          <>
            <LocalizedTextField
              label={t('clinician:fields.testName')}
              value={test.name}
              onChange={(name) => update({ ...test, name })}
            />
            <LocalizedTextField
              label={t('clinician:fields.why')}
              multiline
              value={test.why}
              onChange={(why) => update({ ...test, why })}
            />
            <SelectField
              label={t('clinician:fields.category')}
              value={test.category}
              options={TestCategorySchema.options}
              optionLabel={(c) => t(`clinician:categories.${c}`)}
              onChange={(category) => update({ ...test, category })}
            />
            <label className="inline-check">
              <input
                type="checkbox"
                checked={test.timing !== null}
                onChange={(event) =>
                  update({
                    ...test,
                    timing: event.target.checked ? newItem.timing(firstKeyDate) : null,
                  })
                }
              />
              {t('clinician:fields.hasTiming')}
            </label>
            {test.timing && (
              <TimingField
                value={test.timing}
                keyDates={draft.keyDates}
                onChange={(timing) => update({ ...test, timing })}
              />
            )}
            <SourceField value={test.source} onChange={(source) => update({ ...test, source })} />
          </>
        )}
      />
      <ItemList
        heading={t('clinician:editor.medications')}
        itemName={t('clinician:items.medication')}
        items={draft.medications}
        create={() => newItem.medication(firstKeyDate)}
        onChange={(medications) => onChange({ ...draft, medications })}
        render={(rule, update) => (
          <>
            <LocalizedTextField
              label={t('clinician:fields.medicine')}
              value={rule.medicine}
              onChange={(medicine) => update({ ...rule, medicine })}
            />
            <TextField
              label={t('clinician:fields.matchNames')}
              hint={t('clinician:fields.matchNamesHint')}
              value={rule.matchNames.join(', ')}
              onChange={(text) => update({ ...rule, matchNames: parseMedicineNameList(text) })}
            />
            <SelectField
              label={t('clinician:fields.action')}
              value={rule.action}
              options={MedicationActionSchema.options}
              optionLabel={(a) => t(`clinician:actions.${a}`)}
              onChange={(action) => update({ ...rule, action })}
            />
            <TimingField
              value={rule.timing}
              keyDates={draft.keyDates}
              onChange={(timing) => update({ ...rule, timing })}
            />
            <LocalizedTextField
              label={t('clinician:fields.resume')}
              value={rule.resume}
              onChange={(resume) => update({ ...rule, resume })}
            />
            <LocalizedTextField
              label={t('clinician:fields.why')}
              multiline
              value={rule.why}
              onChange={(why) => update({ ...rule, why })}
            />
            <SourceField value={rule.source} onChange={(source) => update({ ...rule, source })} />
          </>
        )}
      />
      <ItemList
        heading={t('clinician:editor.questions')}
        itemName={t('clinician:items.question')}
        items={draft.questions}
        create={newItem.question}
        onChange={(questions) => onChange({ ...draft, questions })}
        render={(question, update) => (
          <>
            <LocalizedTextField
              label={t('clinician:fields.question')}
              multiline
              value={question.text}
              onChange={(text) => update({ ...question, text })}
            />
            <SelectField
              label={t('clinician:fields.topic')}
              value={question.topic}
              options={QuestionTopicSchema.options}
              optionLabel={(o) => t(`clinician:topics.${o}`)}
              onChange={(topic) => update({ ...question, topic })}
            />
            <SelectField
              label={t('clinician:fields.stage')}
              value={question.stage}
              options={QuestionStageSchema.options}
              optionLabel={(o) => t(`clinician:stages.${o}`)}
              onChange={(stage) => update({ ...question, stage })}
            />
            <SourceField
              value={question.source}
              onChange={(source) => update({ ...question, source })}
            />
          </>
        )}
      />
    </section>
  );
}
