import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ClinicianProtocolEntry,
  ManagedPackStatus,
  PackImportResult,
} from '@shared/contract/clinician-calls';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LocalizedText } from '../../components/LocalizedText';
import { ProblemList } from '../../components/ProblemList';

/** All protocols: open one to edit, duplicate, retire or restore, reorder, and move packs in and out. */
export function ProtocolList({
  managedPack,
  onEdit,
}: {
  managedPack: ManagedPackStatus;
  onEdit: (id: string, managed: boolean) => void;
}) {
  const { t } = useTranslation();
  const newIdField = useId();
  const [entries, setEntries] = useState<ClinicianProtocolEntry[]>([]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [duplicating, setDuplicating] = useState<{ from: string; newId: string } | null>(null);
  const [creating, setCreating] = useState<{ id: string; title: string } | null>(null);
  const createIds = { id: useId(), title: useId() };
  const [message, setMessage] = useState<string | null>(null);
  const [imported, setImported] = useState<PackImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);

  const run = async (action: () => Promise<void>) => {
    setError(null);
    setMessage(null);
    try {
      await action();
    } catch (failure) {
      setError(failure);
    }
  };
  useEffect(() => {
    call('clinicianProtocols').then(setEntries, setError);
  }, []);

  const move = (index: number, by: -1 | 1) =>
    run(async () => {
      const ids = entries.map((e) => e.id);
      const [id] = ids.splice(index, 1);
      ids.splice(index + by, 0, id as string);
      setEntries(await call('clinicianReorder', { ids }));
    });
  const toggle = (id: string) =>
    setSelected((old) =>
      old.has(id) ? new Set([...old].filter((x) => x !== id)) : new Set([...old, id]),
    );

  return (
    <section aria-labelledby="protocols-heading">
      <h1 id="protocols-heading" tabIndex={-1}>
        {t('clinician:protocols.heading')}
      </h1>
      {managedPack.state === 'loaded' && (
        <p className="notice">
          {t('clinician:managed.loaded', { count: managedPack.count, path: managedPack.path })}
        </p>
      )}
      {managedPack.state === 'refused' && (
        <ProblemList
          heading={t('clinician:managed.refused', {
            path: managedPack.path,
            count: managedPack.problems.length,
          })}
          problems={managedPack.problems}
        />
      )}
      <ErrorMessage error={error} />
      <div role="status" aria-live="polite">
        {message && <p className="success">{message}</p>}
      </div>
      <table className="protocol-table">
        <thead>
          <tr>
            <th scope="col">{t('clinician:protocols.select')}</th>
            <th scope="col">{t('clinician:protocols.title')}</th>
            <th scope="col">{t('clinician:protocols.status')}</th>
            <th scope="col">{t('clinician:protocols.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry, index) => (
            <tr key={entry.id}>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('clinician:protocols.selectOne', { id: entry.id })}
                  checked={selected.has(entry.id)}
                  onChange={() => toggle(entry.id)}
                />
              </td>
              <td>
                <LocalizedText text={entry.title} />
                <br />
                <code dir="ltr">
                  {entry.id} · v{entry.version} · {entry.contentHash.slice(0, 12)}
                </code>
              </td>
              <td>
                {entry.managed && <span className="badge">{t('clinician:protocols.managed')}</span>}{' '}
                {entry.isExample && (
                  <span className="badge">{t('clinician:protocols.example')}</span>
                )}{' '}
                {entry.retired && <span className="badge">{t('clinician:protocols.retired')}</span>}
              </td>
              <td className="row-actions">
                <button
                  type="button"
                  className="secondary"
                  onClick={() => onEdit(entry.id, entry.managed)}
                  aria-label={t(
                    entry.managed ? 'clinician:protocols.viewOne' : 'clinician:protocols.editOne',
                    { id: entry.id },
                  )}
                >
                  {t(entry.managed ? 'clinician:protocols.view' : 'clinician:protocols.edit')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => setDuplicating({ from: entry.id, newId: `${entry.id}-copy` })}
                  aria-label={t('clinician:protocols.duplicateOne', { id: entry.id })}
                >
                  {t('clinician:protocols.duplicate')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={entry.managed}
                  onClick={() =>
                    void run(async () =>
                      setEntries(
                        await call('clinicianSetRetired', {
                          id: entry.id,
                          retired: !entry.retired,
                        }),
                      ),
                    )
                  }
                  aria-label={t(
                    entry.retired
                      ? 'clinician:protocols.restoreOne'
                      : 'clinician:protocols.retireOne',
                    { id: entry.id },
                  )}
                >
                  {t(entry.retired ? 'clinician:protocols.restore' : 'clinician:protocols.retire')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={index === 0}
                  onClick={() => void move(index, -1)}
                  aria-label={t('clinician:protocols.moveUpOne', { id: entry.id })}
                >
                  {t('clinician:list.up')}
                </button>
                <button
                  type="button"
                  className="secondary"
                  disabled={index === entries.length - 1}
                  onClick={() => void move(index, 1)}
                  aria-label={t('clinician:protocols.moveDownOne', { id: entry.id })}
                >
                  {t('clinician:list.down')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {duplicating && (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void run(async () => {
              await call('clinicianDuplicateProtocol', {
                id: duplicating.from,
                newId: duplicating.newId,
              });
              setDuplicating(null);
              setEntries(await call('clinicianProtocols'));
              setMessage(t('clinician:protocols.duplicated', { id: duplicating.newId }));
            });
          }}
        >
          <label htmlFor={newIdField}>
            {t('clinician:protocols.newId', { id: duplicating.from })}
          </label>
          <input
            id={newIdField}
            dir="ltr"
            value={duplicating.newId}
            onChange={(event) => setDuplicating({ ...duplicating, newId: event.target.value })}
          />
          <button type="submit" className="primary">
            {t('clinician:protocols.duplicate')}
          </button>
          <button type="button" className="secondary" onClick={() => setDuplicating(null)}>
            {t('clinician:protocols.cancel')}
          </button>
        </form>
      )}

      {creating ? (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void run(async () => {
              const created = await call('clinicianCreateProtocol', creating);
              setCreating(null);
              onEdit(created.id, false);
            });
          }}
        >
          <label htmlFor={createIds.id}>{t('clinician:protocols.newIdLabel')}</label>
          <input
            id={createIds.id}
            dir="ltr"
            value={creating.id}
            onChange={(event) => setCreating({ ...creating, id: event.target.value })}
          />
          <label htmlFor={createIds.title}>{t('clinician:protocols.newTitle')}</label>
          <input
            id={createIds.title}
            lang="en"
            dir="ltr"
            value={creating.title}
            onChange={(event) => setCreating({ ...creating, title: event.target.value })}
          />
          <button type="submit" className="primary">
            {t('clinician:protocols.create')}
          </button>
          <button type="button" className="secondary" onClick={() => setCreating(null)}>
            {t('clinician:protocols.cancel')}
          </button>
        </form>
      ) : (
        <button
          type="button"
          className="secondary"
          onClick={() => setCreating({ id: '', title: '' })}
        >
          {t('clinician:protocols.new')}
        </button>
      )}

      <div className="pack-actions">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            void run(async () => {
              const result = await call('clinicianImportPack');
              setImported(result);
              if (result.outcome === 'imported') setEntries(await call('clinicianProtocols'));
            })
          }
        >
          {t('clinician:packs.import')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={selected.size === 0}
          onClick={() =>
            void run(async () => {
              const result = await call('clinicianExportPack', { ids: [...selected] });
              setMessage(
                result.outcome === 'saved'
                  ? t('clinician:packs.exported', {
                      fileName: result.fileName,
                      count: selected.size,
                    })
                  : t('clinician:packs.cancelled'),
              );
            })
          }
        >
          {t('clinician:packs.export', { count: selected.size })}
        </button>
      </div>
      {imported?.outcome === 'imported' && (
        <p className="success" role="status">
          {t('clinician:packs.imported', {
            added: imported.added.length,
            replaced: imported.replaced.length,
          })}
        </p>
      )}
      {imported?.outcome === 'cancelled' && <p role="status">{t('clinician:packs.cancelled')}</p>}
      {imported?.outcome === 'refused' && (
        <ProblemList
          heading={t('clinician:packs.refused', { count: imported.problems.length })}
          problems={imported.problems}
        />
      )}
    </section>
  );
}
