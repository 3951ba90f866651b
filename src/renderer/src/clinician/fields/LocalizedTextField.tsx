import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, textDirection } from '@shared/i18n/languages';
import type { LocalizedText, TextKey } from '@shared/schemas/localized-text';
import { PATIENT_TEXT_GRADE_LIMIT, readingLevel } from '@shared/content/reading-level';
import { UnprintableNote } from '../../components/UnprintableNote';

export interface LocalizedTextFieldProps {
  label: string;
  value: LocalizedText;
  onChange: (value: LocalizedText) => void;
  multiline?: boolean;
  /** The schema's limit, for texts the wallet card prints: staff are stopped while typing, not when the card is made. */
  maxLength?: number;
}

/**
 * One text in every shipped language. A missing translation is marked (patients then see English), and
 * English patient text gets a reading-level hint.
 */
export function LocalizedTextField({
  label,
  value,
  onChange,
  multiline = false,
  maxLength,
}: LocalizedTextFieldProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  // An emptied translation or voice form is left out, so patients get the plain (or English) text, never a blank.
  const set = (key: TextKey, text: string) =>
    onChange(
      Object.fromEntries(
        Object.entries({ ...value, [key]: text }).filter(([k, v]) => k === 'en' || v !== ''),
      ),
    );
  const hasVoiceForms = Object.keys(value).some((key) => key.includes('_'));
  const level = readingLevel(value.en ?? '');
  return (
    <fieldset className="localized-field">
      <legend>{label}</legend>
      {LANGUAGES.map((language) => {
        const text = value[language] ?? '';
        const missing = text.trim() === '';
        const inputId = `${id}-${language}`;
        const common = {
          id: inputId,
          value: text,
          maxLength,
          lang: language,
          dir: textDirection(language),
          'aria-describedby': missing
            ? `${inputId}-missing ${inputId}-unprintable`
            : `${inputId}-unprintable`,
          onChange: (event: { target: { value: string } }) => set(language, event.target.value),
        };
        return (
          <div key={language} className="localized-row">
            <label htmlFor={inputId}>{i18n.getFixedT(language)('app:languageName')}</label>
            {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
            {missing && (
              <span id={`${inputId}-missing`} className={language === 'en' ? 'error' : 'missing'}>
                {language === 'en'
                  ? t('clinician:fields.englishRequired')
                  : t('clinician:fields.missingTranslation')}
              </span>
            )}
            <UnprintableNote id={`${inputId}-unprintable`} text={text} forStaff />
          </div>
        );
      })}
      <details className="voice-forms" open={hasVoiceForms}>
        <summary>{t('clinician:fields.voiceForms')}</summary>
        <p className="hint">{t('clinician:fields.voiceFormsHint')}</p>
        {(['child', 'third'] as const).map((voice) => (
          <fieldset key={voice} className="localized-field">
            <legend id={`${id}-${voice}`}>{t(`clinician:fields.voice.${voice}`)}</legend>
            {LANGUAGES.map((language) => {
              const key: TextKey = `${language}_${voice}`;
              // Named with the voice too ("English, for a parent"), so no two boxes of the field share a name.
              const common = {
                id: `${id}-${key}`,
                value: value[key] ?? '',
                maxLength,
                lang: language,
                dir: textDirection(language),
                'aria-labelledby': `${id}-${key}-label ${id}-${voice}`,
                onChange: (event: { target: { value: string } }) => set(key, event.target.value),
              };
              return (
                <div key={language} className="localized-row">
                  <label id={`${id}-${key}-label`} htmlFor={common.id}>
                    {i18n.getFixedT(language)('app:languageName')}
                  </label>
                  {multiline ? (
                    <textarea rows={3} {...common} />
                  ) : (
                    <input type="text" {...common} />
                  )}
                </div>
              );
            })}
          </fieldset>
        ))}
      </details>
      {level && (
        <p className={level.grade > PATIENT_TEXT_GRADE_LIMIT ? 'hint warning' : 'hint'}>
          {t('clinician:fields.readingLevel', {
            grade: level.grade,
            limit: PATIENT_TEXT_GRADE_LIMIT,
          })}
        </p>
      )}
    </fieldset>
  );
}
