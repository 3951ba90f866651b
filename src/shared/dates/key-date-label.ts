import type { KeyDate } from '@shared/protocol/protocol';
import type { LocalizedText } from '@shared/schemas/localized-text';

/**
 * A key date's name in words by its id, for every sentence that names one ("2 weeks before cell collection"). An id
 * the protocol does not have (a draft being edited) shows as itself rather than as nothing; of two key dates with
 * one id (a draft again), the first names it.
 */
export function keyDateLabeller(
  keyDates: readonly KeyDate[],
  text: (label: LocalizedText) => string,
): (id: string) => string {
  const labels = new Map<string, string>();
  for (const keyDate of keyDates)
    if (!labels.has(keyDate.id)) labels.set(keyDate.id, text(keyDate.label));
  return (id) => labels.get(id) ?? id;
}
