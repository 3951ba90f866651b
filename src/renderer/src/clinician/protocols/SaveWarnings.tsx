import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { describeTextKey } from '@shared/protocol/describe-value-change';
import type { SaveWarning } from '@shared/protocol/save-warnings';

/** What staff must answer before a save goes ahead: they save anyway or go back to editing; nothing is saved silently. */
export function SaveWarnings({
  warnings,
  onSave,
  onBack,
}: {
  warnings: readonly SaveWarning[];
  onSave: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const say = (warning: SaveWarning) =>
    warning.kind === 'titleTranslations'
      ? t('clinician:editor.warnings.titleTranslations', {
          languages: warning.keys.map((key) => describeTextKey(key, t)).join(', '),
        })
      : t('clinician:editor.warnings.stillExample', { field: t('clinician:fields.isExample') });
  return (
    <div
      role="alertdialog"
      aria-labelledby="save-warnings-heading"
      className="notice save-warnings"
    >
      <h2 id="save-warnings-heading" ref={heading} tabIndex={-1}>
        {t('clinician:editor.warnings.heading')}
      </h2>
      <ul>
        {warnings.map((warning) => (
          <li key={warning.kind}>{say(warning)}</li>
        ))}
      </ul>
      <button type="button" className="primary" onClick={onSave}>
        {t('clinician:editor.warnings.saveAnyway')}
      </button>
      <button type="button" className="secondary" onClick={onBack}>
        {t('clinician:editor.warnings.back')}
      </button>
    </div>
  );
}
