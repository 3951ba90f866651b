import type { TherapyFamily } from '@shared/protocol/therapy-family';
import { WARNING_SIGNS } from './warning-sign-catalog';

/**
 * The listed signs that can follow this kind of therapy, in their order: a sign the list keeps for some families
 * (CRS after CAR-T) reaches only their readers, so no one learns to watch for a sign their therapy does not cause.
 * Before a therapy is chosen (null), only the signs of every therapy.
 */
export function signsForFamily(ids: readonly string[], family: TherapyFamily | null): string[] {
  return ids.filter((id) => {
    const families = WARNING_SIGNS.get(id)?.families;
    return families === undefined || (family !== null && families.includes(family));
  });
}
