import { ReadinessSchema, type PatientSession } from '@shared/schemas/session';
import { useVoicedTranslation } from '../i18n/voice';

type Readiness = NonNullable<PatientSession['readiness']>;

/** "Ready to talk it through" or "not ready, I want to talk first": recorded, and printed near the top of the handout. */
export function ReadinessChoice({
  readiness,
  onChange,
}: {
  readiness: PatientSession['readiness'];
  onChange: (readiness: Readiness) => void;
}) {
  const { t } = useVoicedTranslation();
  return (
    <fieldset className="field">
      <legend>{t('handout.readinessQuestion')}</legend>
      {ReadinessSchema.options.map((answer) => (
        <label key={answer} className="choice">
          <input
            type="radio"
            name="readiness"
            checked={readiness === answer}
            onChange={() => onChange(answer)}
          />
          {t(`handout.readiness.${answer}`)}
        </label>
      ))}
    </fieldset>
  );
}
