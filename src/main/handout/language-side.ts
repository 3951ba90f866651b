import type { Language, TextDirection } from '@shared/i18n/languages';
import type { PageFlow } from './page-flow';

/** One language of a bilingual handout: tagged with its /Lang, drawn in its direction; `translation` for the second. */
export interface LanguageSide {
  language: Language;
  direction: TextDirection;
  translation: boolean;
}

/**
 * Draws in one side's language: its elements carry its /Lang, so screen readers switch voices, and its lines
 * their own direction and alignment. Null draws in the document's language and direction (the person's own words).
 */
export function inSide(
  flow: PageFlow,
  side: LanguageSide | null,
  documentDirection: TextDirection,
  draw: () => void,
): void {
  const before = { language: flow.structure.language, direction: flow.direction };
  flow.structure.language = side?.language ?? null;
  flow.direction = side?.direction ?? documentDirection;
  try {
    draw();
  } finally {
    flow.structure.language = before.language;
    flow.direction = before.direction;
  }
}
