import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClinicianStatus } from '@shared/contract/clinician-calls';
import { call } from '../api/client';
import { ErrorMessage } from '../components/ErrorMessage';
import { PinGate } from './PinGate';
import { ProtocolEditor } from './protocols/ProtocolEditor';
import { ProtocolList } from './protocols/ProtocolList';
import { PatientPlanForm } from './plan/PatientPlanForm';
import { ClinicSettingsForm } from './settings/ClinicSettingsForm';

type Page =
  | { name: 'protocols' }
  | { name: 'editor'; id: string; managed: boolean }
  | { name: 'plan' }
  | { name: 'settings' };

/** Clinician mode: behind the PIN, the protocol library, the protocol editor and the clinic settings. */
export function ClinicianArea({ onLeave }: { onLeave: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ClinicianStatus | null>(null);
  const [page, setPage] = useState<Page>({ name: 'protocols' });
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    call('clinicianStatus').then(setStatus, setError);
  }, []);
  useEffect(() => {
    document.querySelector<HTMLElement>('h1')?.focus();
  }, [status?.unlocked, page]);

  const leave = async () => {
    await call('clinicianLock').catch(() => undefined);
    onLeave();
  };

  return (
    <main className="clinician">
      <nav className="clinician-nav" aria-label={t('clinician:nav.label')}>
        {status?.unlocked &&
          (['protocols', 'plan', 'settings'] as const).map((name) => {
            const current =
              name === 'protocols'
                ? page.name === 'protocols' || page.name === 'editor'
                : page.name === name;
            return (
              <button
                key={name}
                type="button"
                className={current ? 'primary' : 'secondary'}
                aria-current={current ? 'page' : undefined}
                onClick={() => setPage({ name } as Page)}
              >
                {t(`clinician:nav.${name}`)}
              </button>
            );
          })}
        <button type="button" className="secondary" onClick={() => void leave()}>
          {t(status?.unlocked ? 'clinician:nav.lockAndLeave' : 'clinician:nav.leave')}
        </button>
        {status?.unlocked && (
          <button
            type="button"
            className="secondary danger"
            onClick={() => void call('clinicianCloseApp').catch(setError)}
          >
            {t('clinician:nav.closeApp')}
          </button>
        )}
      </nav>
      <ErrorMessage error={error} />
      {status && !status.unlocked && <PinGate status={status} onStatus={setStatus} />}
      {status?.unlocked && page.name === 'protocols' && (
        <ProtocolList
          managedPack={status.managedPack}
          onEdit={(id, managed) => setPage({ name: 'editor', id, managed })}
        />
      )}
      {status?.unlocked && page.name === 'editor' && (
        <ProtocolEditor
          id={page.id}
          readOnly={page.managed}
          onClose={() => setPage({ name: 'protocols' })}
        />
      )}
      {status?.unlocked && page.name === 'plan' && <PatientPlanForm />}
      {status?.unlocked && page.name === 'settings' && (
        <ClinicSettingsForm
          managed={status.managedSettings}
          pinManaged={status.pinManaged}
          needsAttention={status.settingsNeedAttention}
        />
      )}
    </main>
  );
}
