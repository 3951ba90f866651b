import { useEffect, useId, useRef, useState } from 'react';
import { ownMedicineNotes } from '@shared/medications/own-medicine-notes';
import type { Protocol } from '@shared/protocol/protocol';
import type { PatientSession } from '@shared/schemas/session';
import { useText, useVoicedTranslation } from '../i18n/voice';
import { useConfirm } from './ConfirmDialog';
import { UnprintableNote } from './UnprintableNote';

type Medicine = PatientSession['medicines'][number];
let counter = 0;
/** The id of the part's heading, for the checklist step's outline. */
export const MY_MEDICINES_HEADING = 'my-medicines-heading';

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
  const [added, setAdded] = useState<string | null>(null);
  const addedItem = useRef<HTMLLIElement>(null);
  // What "Add" did (the new medicine and what the checklist says of it) is brought into view once it shows, and told.
  const lastAdded = notes.find((m) => m.id === added);
  useEffect(() => {
    addedItem.current?.scrollIntoView({ block: 'nearest' });
  }, [lastAdded?.id]);
  const remove = async (medicine: Medicine) => {
    if (
      !(await confirm(
        t('checklist:myMedicines.confirmRemove', { name: medicine.name }),
        t('checklist:myMedicines.remove'),
      ))
    )
      return;
    onChange(medicines.filter((m) => m.id !== medicine.id));
    document.getElementById(inputId)?.focus();
  };
  const add = () => {
    const name = draft.trim();
    if (name === '') return;
    const id = `m-${Date.now().toString(36)}-${(counter += 1)}`;
    onChange([...medicines, { id, name }]);
    setAdded(id);
    setDraft('');
  };

  return (
    <section aria-labelledby={MY_MEDICINES_HEADING} className="my-medicines">
      <h2 id={MY_MEDICINES_HEADING} className={titled ? undefined : 'visually-hidden'}>
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
        <input
          id={inputId}
          type="text"
          dir="auto"
          maxLength={200}
          aria-describedby={`${inputId}-unprintable`}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" className="secondary">
          {t('checklist:myMedicines.add')}
        </button>
        <UnprintableNote id={`${inputId}-unprintable`} text={draft} />
      </form>
      {medicines.length > 0 && (
        <ul className="items">
          {notes.map((medicine) => (
            <li key={medicine.id} ref={medicine === lastAdded ? addedItem : undefined}>
              <strong dir="auto">{medicine.name}</strong>
              <UnprintableNote id={`${inputId}-${medicine.id}-unprintable`} text={medicine.name} />
              {medicine.notes.map((note) => (
                <span key={note} className="why">
                  {note}
                </span>
              ))}
              <button
                type="button"
                className="secondary"
                onClick={() => void remove(medicine)}
                aria-label={t('checklist:myMedicines.removeOne', { name: medicine.name })}
              >
                {t('checklist:myMedicines.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* Always there, so a screen reader already watches it when the first medicine is added. */}
      <p role="status" className="visually-hidden">
        {lastAdded &&
          [t('checklist:myMedicines.added', { name: lastAdded.name }), ...lastAdded.notes].join(
            ' ',
          )}
      </p>
      <p className="important">{t('checklist:neverStopAlone')}</p>
      {dialog}
    </section>
  );
}
