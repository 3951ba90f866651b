import type { Translate } from '@shared/i18n/i18n-setup';
import type { PatientSession } from '@shared/schemas/session';

/**
 * "Prepared for Zoë", or "Prepared by Maria (parent) for Zoë" when someone fills it in for the patient; a legal
 * representative is not asked the patient's name, so theirs may be the only one. `name` wraps each typed name
 * (the handout isolates them for bidi).
 */
export function preparedBy(
  { role, firstName, helperName }: Pick<PatientSession, 'role' | 'firstName' | 'helperName'>,
  t: Translate,
  name: (typed: string) => string = (typed) => typed,
): string {
  if (role === null || role === 'patient' || helperName === '')
    return t('handout:preparedFor', { name: name(firstName) });
  const by = { helper: name(helperName), role: t(`handout:role.${role}`) };
  return firstName === ''
    ? t('handout:preparedByOnly', by)
    : t('handout:preparedBy', { ...by, name: name(firstName) });
}
