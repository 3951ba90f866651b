import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, textDirection, type Language } from '../../../../shared/languages';
import type { LocalizedText } from '../../../../shared/schemas/localized-text';
import { readingLevel } from '../../../../shared/reading-level';

export interface LocalizedTextFieldProps {
  label: string;
  value: LocalizedText;
  onChange: (value: LocalizedText) => void;
  multiline?: boolean;
}

/**
 * One text in every shipped language. A missing translation is marked (patients then see English), and
 * English patient text gets a reading-level hint.
 */
export function LocalizedTextField({ label, value, onChange, multiline = false }: LocalizedTextFieldProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  // An emptied translation is left out, so patients get the English text rather than a blank.
  // Forms for a voice ("en_child") are kept as they are; this field edits the plain text of each language.
  const set = (language: Language, text: string) =>
    onChange(Object.fromEntries(Object.entries({ ...value, [language]: text }).filter(([key, v]) => key === 'en' || (v ?? '') !== '')) as LocalizedText);
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
          lang: language,
          dir: textDirection(language),
          'aria-describedby': missing ? `${inputId}-missing` : undefined,
          onChange: (event: { target: { value: string } }) => set(language, event.target.value),
        };
        return (
          <div key={language} className="localized-row">
            <label htmlFor={inputId}>{i18n.getFixedT(language)('app:languageName')}</label>
            {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
            {missing && (
              <span id={`${inputId}-missing`} className={language === 'en' ? 'error' : 'missing'}>
                {language === 'en' ? t('clinician:fields.englishRequired') : t('clinician:fields.missingTranslation')}
              </span>
            )}
          </div>
        );
      })}
      {level && (
        <p className={level.grade > 8 ? 'hint warning' : 'hint'}>{t('clinician:fields.readingLevel', { grade: level.grade })}</p>
      )}
    </fieldset>
  );
}
