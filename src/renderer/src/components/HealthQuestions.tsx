import { healthItemsFor } from '@shared/walkthrough/health-history';
import type { Protocol } from '@shared/protocol/protocol';
import { HealthAnswerSchema, type PatientSession } from '@shared/schemas/session';
import { useVoicedTranslation } from '../i18n/voice';

type Answers = PatientSession['healthHistory'];

/** The health-history questions this therapy asks; the health step and the review both show them. */
export function HealthQuestions({
  protocol,
  answers,
  onChange,
}: {
  protocol: Pick<Protocol, 'family'>;
  answers: Answers;
  onChange: (answers: Answers) => void;
}) {
  const { t } = useVoicedTranslation();
  return (
    <>
      {healthItemsFor(protocol).map((item) => (
        <fieldset key={item} className="field">
          <legend>{t(`checklist:health.items.${item}.question`)}</legend>
          <div className="segmented">
            {HealthAnswerSchema.options.map((answer) => (
              <label key={answer} className="choice">
                <input
                  type="radio"
                  name={`health-${item}`}
                  checked={answers[item] === answer}
                  onChange={() => onChange({ ...answers, [item]: answer })}
                />
                {t(`checklist:health.${answer}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </>
  );
}
