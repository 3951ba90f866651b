import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileSaveResult } from '../../../shared/schemas/file-results';
import { call } from '../api/client';
import { ErrorMessage } from '../components/ErrorMessage';
import { StepFrame } from '../components/StepFrame';
import type { StepPosition } from './step-position';

/** Last step: make the PDF handout in main and save it where the person chooses. */
export function HandoutStep(position: StepPosition) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [largePrint, setLargePrint] = useState(false);
  const [result, setResult] = useState<FileSaveResult | null>(null);
  const [error, setError] = useState<unknown>(null);

  const save = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await call('saveHandout', { largePrint }));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <StepFrame heading={t('handout.heading')} {...position}>
      <p>{t('handout.intro')}</p>
      <p className="notice">{t('handout.notConsent')}</p>
      <label className="inline-check">
        <input type="checkbox" checked={largePrint} onChange={(event) => setLargePrint(event.target.checked)} />
        {t('handout.largePrint')}
      </label>
      <button type="button" className="primary" onClick={save} disabled={busy} aria-describedby="handout-status">
        {t('handout.save')}
      </button>
      <div id="handout-status" role="status" aria-live="polite">
        {busy && <p>{t('handout.saving')}</p>}
        {result?.outcome === 'saved' && <p className="success">{t('handout.saved', { fileName: result.fileName })}</p>}
        {result?.outcome === 'cancelled' && <p>{t('handout.cancelled')}</p>}
      </div>
      <ErrorMessage error={error} />
    </StepFrame>
  );
}
