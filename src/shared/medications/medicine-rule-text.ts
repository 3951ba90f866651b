import type { Translate } from '@shared/i18n/i18n-setup';
import type { MedicationRule } from '@shared/protocol/preparation';
import type { LocalizedText } from '@shared/schemas/localized-text';

/** A medicine rule as the person reads it everywhere: "Avoid steroid medicines such as prednisone…". */
export function medicineRuleText(
  rule: Pick<MedicationRule, 'action' | 'medicine'>,
  t: Translate,
  text: (value: LocalizedText) => string,
): string {
  return t(`checklist:action.${rule.action}`, { medicine: text(rule.medicine) });
}
