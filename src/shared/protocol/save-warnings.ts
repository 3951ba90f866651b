import { TextKeySchema, type TextKey } from '@shared/schemas/localized-text';
import type { Protocol } from './protocol';
import { protocolChanges } from './protocol-changes';

/** Something staff confirm before saving: it may be meant, but it reaches patients. */
export type SaveWarning = { kind: 'titleTranslations'; keys: TextKey[] } | { kind: 'stillExample' };

/**
 * What to ask staff before saving `draft` over `saved`: an English title changed while other languages keep the
 * old one (patients reading them would see the old name), or an edited protocol still marked as an unreviewed example.
 */
export function saveWarnings(saved: Protocol, draft: Protocol): SaveWarning[] {
  const warnings: SaveWarning[] = [];
  if (draft.title.en !== saved.title.en) {
    const keys = TextKeySchema.options.filter(
      (key) =>
        key !== 'en' && saved.title[key] !== undefined && draft.title[key] === saved.title[key],
    );
    if (keys.length > 0) warnings.push({ kind: 'titleTranslations', keys });
  }
  if (draft.isExample && protocolChanges(saved, draft).length > 0)
    warnings.push({ kind: 'stillExample' });
  return warnings;
}
