import { describeTiming } from './describe-timing';
import type { Translate } from '@shared/i18n/i18n-setup';
import type { Language } from '@shared/i18n/languages';
import { resolveText, type TextKey } from '@shared/schemas/localized-text';
import { keyDateLabeller } from '@shared/dates/key-date-label';
import {
  MedicationActionSchema,
  QuestionStageSchema,
  QuestionTopicSchema,
  TestCategorySchema,
} from './preparation';
import { TherapyFamilySchema } from './therapy-family';
import { StudyNumberEffectSchema } from './study-numbers';
import type { ValueChange } from './protocol-changes';
import { SIGN_LEVELS } from '@shared/warning-signs/sign-level';
import { WARNING_SIGN_KINDS } from './after-treatment';

/** Fields that hold one of a fixed set of values: their values and where their plain words are (`clinician:<words>.<value>` unless `key` says). */
const CHOICES = new Map<
  string,
  { words: string; values: readonly string[]; key?: (value: string) => string }
>([
  ['family', { words: 'families', values: TherapyFamilySchema.options }],
  ['category', { words: 'categories', values: TestCategorySchema.options }],
  ['action', { words: 'actions', values: MedicationActionSchema.options }],
  ['topic', { words: 'topics', values: QuestionTopicSchema.options }],
  ['stage', { words: 'stages', values: QuestionStageSchema.options }],
  [
    'level',
    {
      words: 'signLevels',
      values: SIGN_LEVELS,
      key: (level) => `checklist:signLevels.${level}.name`,
    },
  ],
  ['kind', { words: 'signKinds', values: WARNING_SIGN_KINDS }],
  ['effect', { words: 'effects', values: StudyNumberEffectSchema.options }],
]);

/** A changed field's name in plain words ("how often"); field names are the strict protocol schema's own keys. */
export function describeField(field: string, t: Translate): string {
  return t(`clinician:changedFields.${field}`, { defaultValue: field });
}

/** One old or new value in plain words; an empty one says so. */
function describeValue(
  change: ValueChange,
  side: 'before' | 'after',
  language: Language,
  t: Translate,
): string {
  if (change.kind === 'text') {
    const text = change[side];
    return text === null ? t('clinician:changes.empty') : t('clinician:changes.quoted', { text });
  }
  if (change.kind === 'timing') {
    const timed = change[side];
    if (timed === null) return t('clinician:changes.empty');
    const keyDateLabel = keyDateLabeller(
      timed.keyDates,
      (label) => resolveText(label, language).text,
    );
    return t('clinician:changes.timed', {
      kind: t(`clinician:timingKinds.${timed.timing.kind}`),
      timing: describeTiming(timed.timing, keyDateLabel, t),
    });
  }
  const value = change[side];
  if (value === null || value === '') return t('clinician:changes.empty');
  if (typeof value === 'boolean')
    return t(value ? 'clinician:changes.yes' : 'clinician:changes.no');
  const choices = CHOICES.get(change.field);
  if (typeof value === 'string' && choices?.values.includes(value))
    return t(choices.key?.(value) ?? `clinician:${choices.words}.${value}`);
  return typeof value === 'string' ? t('clinician:changes.quoted', { text: value }) : String(value);
}

/** "Timing: at least 6 weeks before cell collection → at least 8 weeks before cell collection", in the staff's language. */
export function describeValueChange(change: ValueChange, language: Language, t: Translate): string {
  const values = {
    field: describeField(change.field, t),
    before: describeValue(change, 'before', language, t),
    after: describeValue(change, 'after', language, t),
  };
  if (change.kind !== 'text') return t('clinician:changes.value', values);
  return t('clinician:changes.valueIn', { ...values, language: describeTextKey(change.key, t) });
}

/** "Español", or "English, for a parent" for a text's form for a voice. */
export function describeTextKey(key: TextKey, t: Translate): string {
  const [language, voice] = key.split('_');
  const name = t('app:languageName', { lng: language });
  return voice === 'child' || voice === 'third'
    ? t('clinician:changes.voiceForm', {
        language: name,
        voice: t(`clinician:changes.voices.${voice}`),
      })
    : name;
}
