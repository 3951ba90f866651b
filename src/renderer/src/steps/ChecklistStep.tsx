import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeTiming } from '../../../shared/describe-timing';
import type { Protocol } from '../../../shared/protocol/protocol';
import { resolveText } from '../../../shared/schemas/localized-text';
import type { Timing } from '../../../shared/schemas/timing';
import { call } from '../api/client';
import { ErrorMessage } from '../components/ErrorMessage';
import { LocalizedText } from '../components/LocalizedText';
import { useLanguage } from '../i18n/use-language';
import { StepFrame } from '../components/StepFrame';
import type { StepPosition } from './step-position';

export interface ChecklistStepProps extends StepPosition {
  protocolId: string;
  onNext: () => void;
}

/** Step 2: the preparation checklist main keeps for the chosen therapy. */
export function ChecklistStep({ protocolId, onNext, ...position }: ChecklistStepProps) {
  const { t } = useTranslation();
  const language = useLanguage();
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

  const when = (timing: Timing) => {
    const keyDate = protocol?.keyDates.find((d) => d.id === timing.keyDate);
    const label = keyDate ? resolveText(keyDate.label, language).text : timing.keyDate;
    return describeTiming(timing, label, t);
  };

  return (
    <StepFrame heading={t('checklist.heading')} onNext={onNext} {...position}>
      <ErrorMessage error={error} />
      {!protocol && !error && <p role="status">{t('loading')}</p>}
      {protocol && (
        <>
          <p className="lead">
            <LocalizedText text={protocol.title} />
          </p>
          {protocol.isExample && <p className="notice">{t('checklist.example')}</p>}
          <p>
            <LocalizedText text={protocol.summary} />
          </p>

          <section aria-labelledby="tests-heading">
            <h2 id="tests-heading">{t('checklist.tests')}</h2>
            <ul className="items">
              {protocol.tests.map((test) => (
                <li key={test.id}>
                  <strong>
                    <LocalizedText text={test.name} />
                  </strong>
                  {test.timing && <span className="when">{when(test.timing)}</span>}
                  <span className="why">
                    <LocalizedText text={test.why} />
                  </span>
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="medicines-heading">
            <h2 id="medicines-heading">{t('checklist.medicines')}</h2>
            <ul className="items">
              {protocol.medications.map((rule) => (
                <li key={rule.id}>
                  <strong>{t(`checklist:action.${rule.action}`, { medicine: resolveText(rule.medicine, language).text })}</strong>
                  <span className="when">{when(rule.timing)}</span>
                  <span className="why">
                    <LocalizedText text={rule.why} />
                  </span>
                  <span className="resume">
                    <LocalizedText text={rule.resume} />
                  </span>
                </li>
              ))}
            </ul>
            <p className="important">{t('checklist:neverStopAlone')}</p>
          </section>

          <section aria-labelledby="questions-heading">
            <h2 id="questions-heading">{t('checklist.questions')}</h2>
            <ul className="items">
              {protocol.questions.map((question) => (
                <li key={question.id}>
                  <LocalizedText text={question.text} />
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </StepFrame>
  );
}
