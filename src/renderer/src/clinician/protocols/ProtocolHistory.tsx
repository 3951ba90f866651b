import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProtocolChange } from '@shared/protocol/protocol-changes';
import { describeField, describeValueChange } from '@shared/protocol/describe-value-change';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLanguage } from '../../i18n/use-language';

type VersionInfo = { version: number; savedAt: string; contentHash: string };

/** Every saved version of a protocol, and what changed from each version to the next, in plain words. */
export function ProtocolHistory({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const [versions, setVersions] = useState<VersionInfo[]>([]);
  const [changes, setChanges] = useState<{ to: number; list: ProtocolChange[] } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const language = useLanguage();

  useEffect(() => {
    call('clinicianVersions', { id }).then(setVersions, setError);
  }, [id]);

  const compare = async (from: number, to: number) => {
    try {
      setChanges({ to, list: await call('clinicianChanges', { id, from, to }) });
    } catch (failure) {
      setError(failure);
    }
  };
  const describe = (change: ProtocolChange) => {
    const section = t(`clinician:sections.${change.section}`);
    if (change.kind === 'changed') {
      const fields = change.fields.map((f) => describeField(f, t)).join(', ');
      return change.itemId
        ? t('clinician:changes.changedItem', { section, item: change.itemId, fields })
        : t('clinician:changes.changedDetails', { fields });
    }
    return t(`clinician:changes.${change.kind}`, { section, item: change.itemId });
  };

  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('clinician:history.heading')}</h2>
      <ErrorMessage error={error} />
      <ol className="versions">
        {versions.map((v, index) => {
          const previous = versions[index - 1];
          return (
            <li key={v.version}>
              {t('clinician:history.version', {
                version: v.version,
                date: v.savedAt.startsWith('1970')
                  ? t('clinician:history.shipped')
                  : new Date(v.savedAt).toLocaleString(i18n.language, {
                      dateStyle: 'long',
                      timeStyle: 'short',
                    }),
                hash: v.contentHash.slice(0, 12),
              })}
              {previous && (
                <button
                  type="button"
                  className="secondary"
                  onClick={() => void compare(previous.version, v.version)}
                >
                  {t('clinician:history.compare', { from: previous.version, to: v.version })}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {changes && (
        <div role="status" aria-live="polite">
          <h3>{t('clinician:history.changesHeading', { version: changes.to })}</h3>
          {changes.list.length === 0 ? (
            <p>{t('clinician:history.noChanges')}</p>
          ) : (
            <ul>
              {changes.list.map((c, i) => (
                <li key={i}>
                  {describe(c)}
                  {c.kind === 'changed' && c.values.length > 0 && (
                    <ul className="value-changes">
                      {c.values.map((value, j) => (
                        <li key={j}>{describeValueChange(value, language, t)}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
