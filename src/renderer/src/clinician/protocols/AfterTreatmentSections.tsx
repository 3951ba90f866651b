import { useTranslation } from 'react-i18next';
import { resolveText } from '@shared/schemas/localized-text';
import { SIGN_LEVELS, type SignLevel } from '@shared/warning-signs/sign-level';
import { WARNING_SIGNS } from '@shared/warning-signs/warning-sign-catalog';
import {
  SpanUnitSchema,
  WARNING_SIGN_KINDS,
  type RuleDuration,
} from '@shared/protocol/after-treatment';
import { keyDateLabeller } from '@shared/dates/key-date-label';
import { useLanguage } from '../../i18n/use-language';
import { ItemList } from '../fields/ItemList';
import { LocalizedTextField } from '../fields/LocalizedTextField';
import { SelectField } from '../fields/SelectField';
import { SourceField } from '../fields/SourceField';
import { TextField } from '../fields/TextField';
import type { SectionProps } from './DetailsSection';
import { newItem } from './new-items';
import { withSignKind } from './sign-kind';

const SPAN_UNITS = SpanUnitSchema.options;

/** Warning signs, who to call, rules for daily life, and the follow-up schedule. */
export function AfterTreatmentSections({ draft, onChange }: SectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const after = draft.afterTreatment;
  const set = (part: Partial<typeof after>) =>
    onChange({ ...draft, afterTreatment: { ...after, ...part } });
  const keyDateIds = draft.keyDates.map((d) => d.id);
  const keyDateLabel = keyDateLabeller(
    draft.keyDates,
    (label) => resolveText(label, language).text,
  );
  const firstKeyDate = keyDateIds[0] ?? '';
  const unitLabel = (unit: (typeof SPAN_UNITS)[number]) => t(`clinician:units.${unit}`);
  const levelName = (level: SignLevel) => t(`checklist:signLevels.${level}.name`);
  const listedSignLabel = (id: string) => {
    const listed = WARNING_SIGNS.get(id);
    return listed ? `${resolveText(listed.sign, language).text} (${levelName(listed.level)})` : id;
  };

  return (
    <section aria-labelledby="after-heading">
      <h2 id="after-heading">{t('clinician:editor.afterTreatment')}</h2>
      <ItemList
        heading={t('clinician:editor.warningSigns')}
        itemName={t('clinician:items.warningSign')}
        items={after.warningSigns}
        create={() => newItem.warningSign(after.warningSigns)}
        onChange={(warningSigns) => set({ warningSigns })}
        render={(sign, update) => (
          <>
            <SelectField
              label={t('clinician:fields.signKind')}
              value={sign.kind}
              options={WARNING_SIGN_KINDS}
              optionLabel={(kind) => t(`clinician:signKinds.${kind}`)}
              onChange={(kind) => update(withSignKind(sign, kind, after.warningSigns))}
            />
            {sign.kind === 'listed' ? (
              <>
                <SelectField
                  label={t('clinician:fields.listedSign')}
                  value={sign.id}
                  options={[...WARNING_SIGNS.keys()]}
                  optionLabel={listedSignLabel}
                  onChange={(id) => update({ ...sign, id })}
                />
                <p className="hint">{t('clinician:fields.listedSignHint')}</p>
              </>
            ) : (
              <>
                <LocalizedTextField
                  label={t('clinician:fields.sign')}
                  value={sign.sign}
                  onChange={(text) => update({ ...sign, sign: text })}
                />
                <SelectField
                  label={t('clinician:fields.level')}
                  value={sign.level}
                  options={SIGN_LEVELS}
                  optionLabel={levelName}
                  onChange={(level) => update({ ...sign, level })}
                />
              </>
            )}
            <LocalizedTextField
              label={t('clinician:fields.when')}
              value={sign.when ?? { en: '' }}
              onChange={(when) =>
                update({ ...sign, when: Object.values(when).some((v) => v.trim()) ? when : null })
              }
            />
            {sign.kind === 'own' && (
              <SourceField value={sign.source} onChange={(source) => update({ ...sign, source })} />
            )}
          </>
        )}
      />
      <ItemList
        heading={t('clinician:editor.contacts')}
        itemName={t('clinician:items.contact')}
        items={after.contacts}
        create={newItem.contact}
        onChange={(contacts) => set({ contacts })}
        render={(contact, update) => (
          <>
            <LocalizedTextField
              label={t('clinician:fields.who')}
              value={contact.who}
              onChange={(who) => update({ ...contact, who })}
            />
            <LocalizedTextField
              label={t('clinician:fields.forWhat')}
              value={contact.forWhat}
              onChange={(forWhat) => update({ ...contact, forWhat })}
            />
          </>
        )}
      />
      <ItemList
        heading={t('clinician:editor.lifestyle')}
        itemName={t('clinician:items.lifestyle')}
        items={after.lifestyle}
        create={newItem.lifestyle}
        onChange={(lifestyle) => set({ lifestyle })}
        render={(rule, update) => {
          const duration = rule.duration;
          const setKind = (kind: RuleDuration['kind']) =>
            update({
              ...rule,
              duration:
                kind === 'for'
                  ? { kind, amount: 1, unit: 'months', keyDate: firstKeyDate }
                  : { kind },
            });
          return (
            <>
              <LocalizedTextField
                label={t('clinician:fields.rule')}
                value={rule.rule}
                onChange={(text) => update({ ...rule, rule: text })}
              />
              <LocalizedTextField
                label={t('clinician:fields.why')}
                multiline
                value={rule.why}
                onChange={(why) => update({ ...rule, why })}
              />
              <SelectField
                label={t('clinician:fields.duration')}
                value={duration.kind}
                options={['for', 'lifelong', 'until-team-says'] as const}
                optionLabel={(k) => t(`clinician:durations.${k}`)}
                onChange={setKind}
              />
              {duration.kind === 'for' && (
                <>
                  <TextField
                    label={t('clinician:fields.amount')}
                    type="number"
                    value={String(duration.amount)}
                    onChange={(v) =>
                      update({ ...rule, duration: { ...duration, amount: Number(v) } })
                    }
                  />
                  <SelectField
                    label={t('clinician:fields.unit')}
                    value={duration.unit}
                    options={SPAN_UNITS}
                    optionLabel={unitLabel}
                    onChange={(unit) => update({ ...rule, duration: { ...duration, unit } })}
                  />
                  <SelectField
                    label={t('clinician:fields.fromKeyDate')}
                    value={duration.keyDate}
                    options={
                      keyDateIds.includes(duration.keyDate)
                        ? keyDateIds
                        : [duration.keyDate, ...keyDateIds]
                    }
                    optionLabel={keyDateLabel}
                    onChange={(keyDate) => update({ ...rule, duration: { ...duration, keyDate } })}
                  />
                </>
              )}
              <SourceField value={rule.source} onChange={(source) => update({ ...rule, source })} />
            </>
          );
        }}
      />
      <ItemList
        heading={t('clinician:editor.followUp')}
        itemName={t('clinician:items.followUp')}
        items={after.followUp}
        create={() => newItem.followUp(firstKeyDate)}
        onChange={(followUp) => set({ followUp })}
        render={(item, update) => {
          const lasting = item.lasting;
          const setLastingKind = (kind: 'for' | 'lifelong') =>
            update({ ...item, lasting: kind === 'for' ? { amount: 1, unit: 'years' } : { kind } });
          return (
            <>
              <LocalizedTextField
                label={t('clinician:fields.what')}
                value={item.what}
                onChange={(what) => update({ ...item, what })}
              />
              <TextField
                label={t('clinician:fields.everyAmount')}
                type="number"
                value={String(item.every.amount)}
                onChange={(v) => update({ ...item, every: { ...item.every, amount: Number(v) } })}
              />
              <SelectField
                label={t('clinician:fields.everyUnit')}
                value={item.every.unit}
                options={SPAN_UNITS}
                optionLabel={unitLabel}
                onChange={(unit) => update({ ...item, every: { ...item.every, unit } })}
              />
              <SelectField
                label={t('clinician:fields.duration')}
                value={'kind' in lasting ? lasting.kind : 'for'}
                options={['for', 'lifelong'] as const}
                optionLabel={(k) => t(`clinician:durations.${k}`)}
                onChange={setLastingKind}
              />
              {!('kind' in lasting) && (
                <>
                  <TextField
                    label={t('clinician:fields.lastingAmount')}
                    type="number"
                    value={String(lasting.amount)}
                    onChange={(v) =>
                      update({ ...item, lasting: { ...lasting, amount: Number(v) } })
                    }
                  />
                  <SelectField
                    label={t('clinician:fields.lastingUnit')}
                    value={lasting.unit}
                    options={SPAN_UNITS}
                    optionLabel={unitLabel}
                    onChange={(unit) => update({ ...item, lasting: { ...lasting, unit } })}
                  />
                </>
              )}
              <SelectField
                label={t('clinician:fields.fromKeyDate')}
                value={item.keyDate}
                options={
                  keyDateIds.includes(item.keyDate) ? keyDateIds : [item.keyDate, ...keyDateIds]
                }
                optionLabel={keyDateLabel}
                onChange={(keyDate) => update({ ...item, keyDate })}
              />
              <SourceField value={item.source} onChange={(source) => update({ ...item, source })} />
            </>
          );
        }}
      />
    </section>
  );
}
