import type { Translate } from './i18n-setup';
import type { Timing } from './schemas/timing';

/** "At least 8 weeks before stem-cell collection", in the reader's language; shared by the app and the handout. */
export function describeTiming(timing: Timing, keyDateLabel: string, t: Translate): string {
  if (timing.amount === 0) return t(`checklist:timing.${timing.relation}KeyDate`, { keyDate: keyDateLabel });
  const duration = t(`checklist:duration.${timing.unit}`, { count: timing.amount });
  const key = timing.atLeast ? `checklist:timing.${timing.relation}AtLeast` : `checklist:timing.${timing.relation}`;
  return t(key, { duration, keyDate: keyDateLabel });
}
