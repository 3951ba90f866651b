import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecondLanguage } from '@shared/handout/second-language';
import { LANGUAGES, textDirection, type Language } from '@shared/i18n/languages';
import { LanguageSchema } from '@shared/schemas/language';

const NONE = 'none';

/**
 * The handout's second language, for a care team that reads another: each part is then followed by its
 * translation. Every other language is named in itself, marked with its language and direction.
 */
export function SecondLanguageChoice({
  first,
  value,
  onChange,
}: {
  first: Language;
  value: SecondLanguage;
  onChange: (second: SecondLanguage) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const hint = `${id}-hint`;
  return (
    <div className="field">
      <label htmlFor={id}>{t('handout.secondLanguage')}</label>
      <select
        id={id}
        value={value ?? NONE}
        aria-describedby={hint}
        onChange={(event) => {
          const chosen = LanguageSchema.safeParse(event.target.value);
          onChange(chosen.success ? chosen.data : null);
        }}
      >
        <option value={NONE}>{t('handout.secondLanguageNone')}</option>
        {LANGUAGES.filter((language) => language !== first).map((language) => (
          <option key={language} value={language} lang={language} dir={textDirection(language)}>
            {i18n.getFixedT(language)('languageName')}
          </option>
        ))}
      </select>
      <p id={hint} className="hint">
        {t('handout.secondLanguageHint')}
      </p>
    </div>
  );
}
