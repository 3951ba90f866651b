import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, textDirection, type Language } from '@shared/i18n/languages';

/**
 * Each language is named in itself ("Tiếng Việt", "Español", "العربية"), so a person can find theirs whatever is
 * showing; its `lang` and `dir` let a screen reader say each name in its own voice.
 */
export function LanguagePicker({
  value,
  onChange,
}: {
  value: Language;
  onChange: (language: Language) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language-picker">
      <label htmlFor={id}>{t('language.label')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as Language)}>
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language} dir={textDirection(language)}>
            {i18n.getFixedT(language)('languageName')}
          </option>
        ))}
      </select>
    </div>
  );
}
