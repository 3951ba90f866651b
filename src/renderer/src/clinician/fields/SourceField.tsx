import { useTranslation } from 'react-i18next';
import {
  PRIMARY_KINDS,
  primaryPublisherOf,
  primarySitesFor,
} from '@shared/content/primary-sources';
import { NOT_YET_REVIEWED, RevisionMonthSchema, type Source } from '@shared/schemas/source';
import { DateField } from '../../components/DateField';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

const KINDS = [...PRIMARY_KINDS, 'secondary'] as const;
type Kind = (typeof KINDS)[number];

/** The same source as another kind: what both kinds have stays, what the new kind needs starts empty. */
function asKind(source: Source, kind: Kind): Source {
  const shared = {
    citation: source.citation,
    checkedOn: source.checkedOn,
    ...(source.reviewerNote ? { reviewerNote: source.reviewerNote } : {}),
  };
  if (kind === 'secondary')
    return {
      kind,
      ...shared,
      secondaryReason: source.kind === 'secondary' ? source.secondaryReason : '',
    };
  return {
    kind,
    ...shared,
    url: source.kind === 'secondary' ? '' : source.url,
    ...(kind === 'label' && source.kind === 'label' && source.revised
      ? { revised: source.revised }
      : {}),
  };
}

/**
 * Where an item's fact comes from and when it was checked: a primary document (label, FDA guidance, MedlinePlus) at
 * its address, or a secondary source with why no primary one is cited. Reviewer notes are for staff only.
 */
export function SourceField({
  value,
  onChange,
}: {
  value: Source;
  onChange: (value: Source) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="source-field">
      <legend>{t('clinician:fields.source')}</legend>
      <SelectField
        label={t('clinician:fields.sourceKind')}
        value={value.kind}
        options={KINDS}
        optionLabel={(kind) => t(`clinician:sourceKinds.${kind}`)}
        onChange={(kind) => onChange(asKind(value, kind))}
      />
      <TextField
        label={t('clinician:fields.citation')}
        dir="ltr"
        value={value.citation}
        onChange={(citation) => onChange({ ...value, citation })}
      />
      {value.kind === 'secondary' ? (
        <>
          <TextField
            label={t('clinician:fields.secondaryReason')}
            hint={t('clinician:fields.secondaryReasonHint')}
            required
            error={
              value.secondaryReason.trim() === ''
                ? t('clinician:fields.secondaryReasonMissing')
                : null
            }
            value={value.secondaryReason}
            onChange={(secondaryReason) => onChange({ ...value, secondaryReason })}
          />
          {value.secondaryReason === NOT_YET_REVIEWED && (
            <p className="notice">{t('clinician:fields.notYetReviewed')}</p>
          )}
        </>
      ) : (
        <>
          <TextField
            label={t('clinician:fields.url')}
            dir="ltr"
            hint={t('clinician:fields.urlHint', { sites: primarySitesFor(value.kind) })}
            required
            error={
              primaryPublisherOf(value.url, value.kind) ? null : t('clinician:fields.urlNotPrimary')
            }
            value={value.url}
            onChange={(url) => onChange({ ...value, url })}
          />
          {value.kind === 'label' && (
            <TextField
              label={t('clinician:fields.revised')}
              dir="ltr"
              hint={t('clinician:fields.revisedHint')}
              required
              error={
                RevisionMonthSchema.safeParse(value.revised).success
                  ? null
                  : t('clinician:fields.revisedMissing')
              }
              value={value.revised ?? ''}
              onChange={(revised) => {
                const unrevised = { ...value };
                delete unrevised.revised;
                onChange(revised.trim() === '' ? unrevised : { ...value, revised });
              }}
            />
          )}
        </>
      )}
      <DateField
        label={t('clinician:fields.checkedOn')}
        value={value.checkedOn || null}
        onChange={(checkedOn) => onChange({ ...value, checkedOn: checkedOn ?? '' })}
      />
      <TextField
        label={t('clinician:fields.reviewerNote')}
        hint={t('clinician:fields.reviewerNoteHint')}
        value={value.reviewerNote ?? ''}
        onChange={(note) => {
          const base = { ...value };
          delete base.reviewerNote;
          onChange(note.trim() === '' ? base : { ...base, reviewerNote: note });
        }}
      />
    </fieldset>
  );
}
