import type { Translate } from '@shared/i18n/i18n-setup';
import type { MedicationRule } from '@shared/protocol/preparation';
import type { LocalizedText } from '@shared/schemas/localized-text';
import type { PatientSession } from '@shared/schemas/session';
import { matchMedications, type MedicationMatch } from './match-medications';
import { medicineRuleText } from './medicine-rule-text';

type OwnMedicine = PatientSession['medicines'][number];

/** One medicine the person listed, what it matched, and what the app says about it: the same on screen and paper. */
export interface OwnMedicineNote {
  /** The medicine entry's own id: two entries with the same name are still two. */
  id: string;
  name: string;
  /** The rules it matched, exactly or as a probable misspelling; empty when no rule names it. */
  matches: Array<Pick<MedicationMatch, 'ruleId' | 'matchedName' | 'exact'>>;
  /** What to tell the person: one line for each rule it matched, or that the team will go through it. */
  notes: string[];
}

/** Rules that tell the person to stop or not take a medicine, which someone may already take every day. */
const STOPPING_ACTIONS: ReadonlySet<MedicationRule['action']> = new Set(['pause', 'avoid']);

/**
 * What the app says about each of the person's own medicines, by entry id. Each entry is matched on its own, so
 * its result can never be confused with another entry's that has the same name. A medicine a rule says to pause or
 * avoid may be one the person needs every day (a steroid for adrenal insufficiency): they are told, beside it, never
 * to stop it on their own.
 */
export function ownMedicineNotes(
  medicines: readonly OwnMedicine[],
  rules: readonly MedicationRule[],
  t: Translate,
  text: (value: LocalizedText) => string,
): OwnMedicineNote[] {
  const rulesById = new Map(rules.map((rule) => [rule.id, rule]));
  return medicines.map((medicine) => {
    const matches = matchMedications([medicine.name], rules).matches.map(
      ({ ruleId, matchedName, exact }) => ({ ruleId, matchedName, exact }),
    );
    const notes = matches.flatMap(({ ruleId, matchedName, exact }) => {
      const rule = rulesById.get(ruleId);
      return rule
        ? [
            t(exact ? 'checklist:myMedicines.named' : 'checklist:myMedicines.guess', {
              rule: medicineRuleText(rule, t, text),
              name: matchedName,
            }),
          ]
        : [];
    });
    if (notes.length === 0)
      return {
        id: medicine.id,
        name: medicine.name,
        matches,
        notes: [t('checklist:myMedicines.toDiscuss')],
      };
    const stopping = matches.some(({ ruleId }) => {
      const rule = rulesById.get(ruleId);
      return rule !== undefined && STOPPING_ACTIONS.has(rule.action);
    });
    return {
      id: medicine.id,
      name: medicine.name,
      matches,
      notes: stopping ? [...notes, t('checklist:myMedicines.askBeforeStopping')] : notes,
    };
  });
}
