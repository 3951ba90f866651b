import type { WarningSign } from '@shared/protocol/after-treatment';
import { WARNING_SIGNS } from '@shared/warning-signs/warning-sign-catalog';
import { newItem } from './new-items';

/**
 * A sign switched between the shipped list and the clinic's own words. A listed sign becomes the clinic's own
 * with the list's words, level and source to start from, so nothing staff saw is lost; the other way, it takes a
 * listed sign the protocol does not name yet.
 */
export function withSignKind(
  sign: WarningSign,
  kind: WarningSign['kind'],
  named: readonly WarningSign[],
): WarningSign {
  if (sign.kind === kind) return sign;
  if (sign.kind === 'listed') {
    const listed = WARNING_SIGNS.get(sign.id);
    if (!listed) return sign;
    return {
      kind: 'own',
      id: sign.id,
      sign: listed.sign,
      level: listed.level,
      when: sign.when,
      source: listed.source,
    };
  }
  const next = newItem.warningSign(named);
  return next.kind === 'listed' ? { ...next, when: sign.when } : sign;
}
