import type { Translate } from './i18n-setup';

/**
 * Whether a medical translator has checked a language, as its own locale file records it
 * (`app:translationReview.status`: "source" for English, the original; "reviewed"; or "not-reviewed"). Where it is
 * not reviewed, the app and the handout say so in that language.
 */
export function needsTranslationNotice(t: Translate): boolean {
  const status = t('app:translationReview.status');
  return status !== 'source' && status !== 'reviewed';
}
