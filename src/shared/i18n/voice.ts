import type { Translate } from './i18n-setup';
import type { Role } from '@shared/schemas/session';

/**
 * How the app speaks of the patient, which follows who is filling it in: to the patient ("your liver tests"), to a
 * parent ("your child's liver tests"), or to a caregiver or legal representative ("the patient's liver tests").
 * A text that differs by voice has `_child` and `_third` forms next to its own key (i18next context); the others
 * read the same for everyone.
 */
export const VOICES = ['self', 'child', 'third'] as const;
export type Voice = (typeof VOICES)[number];

export function voiceOf(role: Role | null): Voice {
  if (role === 'parent') return 'child';
  if (role === 'caregiver' || role === 'representative') return 'third';
  return 'self';
}

/** `t`, speaking in this voice wherever a text has a form for it. */
export function withVoice(t: Translate, voice: Voice): Translate {
  if (voice === 'self') return t;
  return (key, options) => t(key, { context: voice, ...options });
}
