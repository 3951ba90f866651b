import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProtocolSchema, type Protocol } from '@shared/protocol/protocol';
import { saveWarnings, type SaveWarning } from '@shared/protocol/save-warnings';
import { call } from '../../api/client';
import { ChecklistView } from '../../components/ChecklistView';
import { ErrorMessage } from '../../components/ErrorMessage';
import { AfterTreatmentSections } from './AfterTreatmentSections';
import { DetailsSection } from './DetailsSection';
import { PreparationSections } from './PreparationSections';
import { StudyNumbersSection } from './StudyNumbersSection';
import { ProblemList } from '../../components/ProblemList';
import { ProtocolHistory } from './ProtocolHistory';
import { SaveWarnings } from './SaveWarnings';

/**
 * Edits one protocol. The draft is checked against the same schema main uses on every change, so problems
 * are listed before saving; saving bumps the version and records the content hash.
 */
export function ProtocolEditor({
  id,
  readOnly,
  onClose,
}: {
  id: string;
  readOnly: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Protocol | null>(null);
  // The protocol as it was last loaded or saved, to warn about what an edit leaves behind.
  const [stored, setStored] = useState<Protocol | null>(null);
  const [warnings, setWarnings] = useState<SaveWarning[] | null>(null);
  const [view, setView] = useState<'edit' | 'preview' | 'history'>(readOnly ? 'preview' : 'edit');
  const [saved, setSaved] = useState<{
    version: number;
    contentHash: string;
    changed: boolean;
  } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [historyKey, setHistoryKey] = useState(0);

  useEffect(() => {
    call('clinicianGetProtocol', { id }).then((protocol) => {
      setDraft(protocol);
      setStored(protocol);
    }, setError);
  }, [id]);

  if (!draft || !stored)
    return error ? <ErrorMessage error={error} /> : <p role="status">{t('app:loading')}</p>;
  const check = ProtocolSchema.safeParse(draft);
  const problems = check.success
    ? []
    : check.error.issues.map((issue) => ({
        location: issue.path.join('.'),
        message: issue.message,
      }));

  const save = async () => {
    setError(null);
    setWarnings(null);
    try {
      const result = await call('clinicianSaveProtocol', { protocol: draft });
      setSaved(result);
      setDraft({ ...draft, version: result.version });
      setStored({ ...draft, version: result.version });
      setHistoryKey((k) => k + 1);
    } catch (failure) {
      setError(failure);
    }
  };
  const askThenSave = () => {
    const found = saveWarnings(stored, draft);
    if (found.length > 0) setWarnings(found);
    else void save();
  };

  return (
    <section aria-labelledby="editor-heading" className="protocol-editor">
      <h1 id="editor-heading" tabIndex={-1}>
        {t('clinician:editor.heading', { title: draft.title.en, version: draft.version })}
      </h1>
      {readOnly && <p className="notice">{t('clinician:editor.managed')}</p>}
      <div className="tabs" role="group" aria-label={t('clinician:editor.views')}>
        {(readOnly
          ? (['preview', 'history'] as const)
          : (['edit', 'preview', 'history'] as const)
        ).map((v) => (
          <button
            key={v}
            type="button"
            className={view === v ? 'primary' : 'secondary'}
            aria-pressed={view === v}
            onClick={() => setView(v)}
          >
            {t(`clinician:editor.view.${v}`)}
          </button>
        ))}
      </div>
      {view === 'edit' && (
        <>
          <DetailsSection draft={draft} onChange={setDraft} />
          <PreparationSections draft={draft} onChange={setDraft} />
          <StudyNumbersSection draft={draft} onChange={setDraft} />
          <AfterTreatmentSections draft={draft} onChange={setDraft} />
        </>
      )}
      {view === 'preview' && (
        <div className="preview" aria-label={t('clinician:editor.previewLabel')}>
          <ChecklistView protocol={draft} />
        </div>
      )}
      {view === 'history' && <ProtocolHistory key={historyKey} id={draft.id} />}

      <div className="save-bar">
        {problems.length > 0 && (
          <ProblemList
            heading={t('clinician:editor.problems', { count: problems.length })}
            problems={problems}
          />
        )}
        <div role="status" aria-live="polite">
          {saved &&
            (saved.changed
              ? t('clinician:editor.saved', {
                  version: saved.version,
                  hash: saved.contentHash.slice(0, 12),
                })
              : t('clinician:editor.unchanged'))}
        </div>
        <ErrorMessage error={error} />
        {warnings && (
          <SaveWarnings
            warnings={warnings}
            onSave={() => void save()}
            onBack={() => setWarnings(null)}
          />
        )}
        {!readOnly && !warnings && (
          <button
            type="button"
            className="primary"
            disabled={problems.length > 0}
            onClick={askThenSave}
          >
            {t('clinician:editor.save')}
          </button>
        )}
        <button type="button" className="secondary" onClick={onClose}>
          {t('clinician:editor.close')}
        </button>
      </div>
    </section>
  );
}
