import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClinicianProtocolEntry } from '@shared/contract/clinician-calls';
import type { Protocol } from '@shared/protocol/protocol';
import { resolveText } from '@shared/schemas/localized-text';
import { call } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { KeyDatesForm } from '../../components/KeyDatesForm';
import { useLanguage } from '../../i18n/use-language';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';

/** Staff prepare one patient's plan: protocol, known dates, the medicine rules that apply, and save it as a file. */
export function PatientPlanForm() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [entries, setEntries] = useState<ClinicianProtocolEntry[]>([]);
  const [protocol, setProtocol] = useState<Protocol | null>(null);
  const [firstName, setFirstName] = useState('');
  const [keyDates, setKeyDates] = useState<Record<string, string | null>>({});
  const [rules, setRules] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const choose = (id: string) =>
    call('clinicianGetProtocol', { id }).then((next) => {
      setProtocol(next);
      setKeyDates({});
      setRules(new Set(next.medications.map((rule) => rule.id)));
    }, setError);

  useEffect(() => {
    call('clinicianProtocols').then((list) => {
      const offered = list.filter((entry) => !entry.retired);
      setEntries(offered);
      if (offered[0]) void choose(offered[0].id);
    }, setError);
  }, []);

  const save = async () => {
    if (!protocol) return;
    setError(null);
    try {
      const result = await call('clinicianExportPlan', {
        protocolId: protocol.id,
        firstName,
        keyDates,
        medicationRuleIds: [...rules],
      });
      setMessage(
        result.outcome === 'saved'
          ? t('clinician:plan.saved', { fileName: result.fileName })
          : t('clinician:plan.cancelled'),
      );
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <section aria-labelledby="plan-heading">
      <h1 id="plan-heading" tabIndex={-1}>
        {t('clinician:plan.heading')}
      </h1>
      <p>{t('clinician:plan.intro')}</p>
      {entries.length > 0 && protocol && (
        <SelectField
          label={t('clinician:plan.protocol')}
          value={protocol.id}
          options={entries.map((entry) => entry.id)}
          optionLabel={(id) => {
            const entry = entries.find((e) => e.id === id);
            return entry ? resolveText(entry.title, language).text : id;
          }}
          onChange={(id) => void choose(id)}
        />
      )}
      <TextField label={t('clinician:plan.firstName')} value={firstName} onChange={setFirstName} />
      {protocol && (
        <>
          <KeyDatesForm protocol={protocol} keyDates={keyDates} onChange={setKeyDates} />
          <fieldset>
            <legend>{t('clinician:plan.medicines')}</legend>
            {protocol.medications.map((rule) => (
              <label key={rule.id} className="inline-check">
                <input
                  type="checkbox"
                  checked={rules.has(rule.id)}
                  onChange={() =>
                    setRules((old) =>
                      old.has(rule.id)
                        ? new Set([...old].filter((id) => id !== rule.id))
                        : new Set([...old, rule.id]),
                    )
                  }
                />
                {resolveText(rule.medicine, language).text}
              </label>
            ))}
          </fieldset>
        </>
      )}
      <ErrorMessage error={error} />
      <p role="status" aria-live="polite">
        {message}
      </p>
      <button type="button" className="primary" disabled={!protocol} onClick={() => void save()}>
        {t('clinician:plan.export')}
      </button>
    </section>
  );
}
