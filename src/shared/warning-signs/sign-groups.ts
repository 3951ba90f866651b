import type { Translate } from '@shared/i18n/i18n-setup';
import type { WarningSign } from '@shared/protocol/after-treatment';
import type { LocalizedText } from '@shared/schemas/localized-text';
import { SIGN_LEVELS, type SignLevel } from './sign-level';
import { WARNING_SIGNS } from './warning-sign-catalog';

/** A sign as the reader meets it: its words and level, from the shipped list or from the clinic's own sign. */
export interface ResolvedSign {
  id: string;
  sign: LocalizedText;
  level: SignLevel;
  when: LocalizedText | null;
}

/** Signs named by id in the shipped list; a protocol's signs are checked against it when they are read. */
export function listedSign(id: string, when: LocalizedText | null = null): ResolvedSign {
  const listed = WARNING_SIGNS.get(id);
  if (!listed) throw new Error(`"${id}" is not in the list of warning signs`);
  return { id, sign: listed.sign, level: listed.level, when };
}

export function resolveSign(sign: WarningSign): ResolvedSign {
  return sign.kind === 'listed'
    ? listedSign(sign.id, sign.when)
    : { id: sign.id, sign: sign.sign, level: sign.level, when: sign.when };
}

/** Signs under one level, with the words that say what to do (the same on screen and paper). */
export interface SignGroup {
  level: SignLevel;
  heading: string;
  /** In the reader's words (`text`, `details`), and as written (`resolved`) for a screen that marks another language. */
  signs: Array<{ id: string; text: string; details: string[]; resolved: ResolvedSign }>;
}

/**
 * The signs grouped by level, most urgent first, each group headed by its level's words: the one way the
 * checklist, the lessons, the glossary, the review and the handout say what to do about a sign.
 */
export function signGroups(
  signs: readonly ResolvedSign[],
  t: Translate,
  text: (value: LocalizedText) => string,
): SignGroup[] {
  return SIGN_LEVELS.flatMap((level) => {
    const atLevel = signs.filter((sign) => sign.level === level);
    if (atLevel.length === 0) return [];
    return [
      {
        level,
        heading: t(`checklist:signLevels.${level}.heading`),
        signs: atLevel.map((sign) => ({
          id: sign.id,
          text: text(sign.sign),
          details: sign.when ? [text(sign.when)] : [],
          resolved: sign,
        })),
      },
    ];
  });
}
