import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Protocol } from '../../../shared/protocol/protocol';
import { call } from '../api/client';
import { ChecklistView } from '../components/ChecklistView';
import { ErrorMessage } from '../components/ErrorMessage';
import { StepFrame } from '../components/StepFrame';
import type { StepPosition } from './step-position';

export interface ChecklistStepProps extends StepPosition {
  protocolId: string;
  onNext: () => void;
}

/** Step 2: the preparation checklist main keeps for the chosen therapy. */
export function ChecklistStep({ protocolId, onNext, ...position }: ChecklistStepProps) {
  const { t } = useTranslation();
  const [protocol, setProtocol] = useState<Protocol | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    call('getProtocol', { id: protocolId }).then(
      (loaded) => current && setProtocol(loaded),
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [protocolId]);

  return (
    <StepFrame heading={t('checklist.heading')} onNext={onNext} {...position}>
      <ErrorMessage error={error} />
      {!protocol && !error && <p role="status">{t('loading')}</p>}
      {protocol && <ChecklistView protocol={protocol} />}
    </StepFrame>
  );
}
