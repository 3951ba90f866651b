import { useId, useState } from 'react';
import { ownMedicineNotes } from '../../../shared/medications/own-medicine-notes';
import type { Protocol } from '../../../shared/protocol/protocol';
import type { PatientSession } from '../../../shared/schemas/session';
import { useText, useVoicedTranslation } from '../i18n/voice';
import { useConfirm } from './ConfirmDialog';

type Medicine = PatientSession['medicines'][number];
let counter = 0;

/**
 * The patient's own medicines, typed freely. Each is matched against the protocol's rules: named ones point to
 * the rule, likely misspellings are shown as a guess to check, and the rest are listed to discuss with the team.
 * Nothing here ever tells anyone to stop a medicine.
 */
export interface MyMedicinesProps {
  protocol: Protocol;
  medicines: readonly Medicine[];
  onChange: (medicines: Medicine[]) => void;
  /** False where the part already has its heading (the review). */
  titled?: boolean;
}

export function MyMedicines({ protocol, medicines, onChange, titled = true }: MyMedicinesProps) {
  const { t } = useVoicedTranslation();
  const text = useText();
  const inputId = useId();
  const [draft, setDraft] = useState('');
  const { confirm, dialog } = useConfirm();
  const notes = ownMedicineNotes(medicines, protocol.medications, t, text);
  const remove = async (medicine: Medicine) => {
    if (!(await confirm(t('checklist:myMedicines.confirmRemove', { name: medicine.name }), t('checklist:myMedicines.remove')))) return;
    onChange(medicines.filter((m) => m.id !== medicine.id));
    document.getElementById(inputId)?.focus();
  };
  const add = () => {
    const name = draft.trim();
    if (name === '') return;
    onChange([...medicines, { id: `m-${Date.now().toString(36)}-${(counter += 1)}`, name }]);
    setDraft('');
  };

  return (
    <section aria-labelledby="my-medicines-heading" className="my-medicines">
      <h2 id="my-medicines-heading" className={titled ? undefined : 'visually-hidden'}>
        {t('checklist:myMedicines.heading')}
      </h2>
      <p>{t('checklist:myMedicines.intro')}</p>
      <form
        className="field-row"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <label htmlFor={inputId}>{t('checklist:myMedicines.label')}</label>
        <input id={inputId} type="text" dir="auto" maxLength={200} value={draft} onChange={(event) => setDraft(event.target.value)} />
        <button type="submit" className="secondary">
          {t('checklist:myMedicines.add')}
        </button>
      </form>
      {medicines.length > 0 && (
        <ul className="items" aria-live="polite">
          {notes.map((medicine) => (
            <li key={medicine.id}>
              <strong dir="auto">{medicine.name}</strong>
              {medicine.notes.map((note) => (
                <span key={note} className="why">
                  {note}
                </span>
              ))}
              <button type="button" className="secondary" onClick={() => void remove(medicine)} aria-label={t('checklist:myMedicines.removeOne', { name: medicine.name })}>
                {t('checklist:myMedicines.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="important">{t('checklist:neverStopAlone')}</p>
      {dialog}
    </section>
  );
}
