import { textDirection } from '@shared/i18n/languages';
import { resolveText } from '@shared/i18n/resolve-text';
import type { LocalizedText as Text } from '@shared/schemas/localized-text';
import { useLanguage } from '../i18n/use-language';
import { useVoice } from '../i18n/voice';

/**
 * Clinic-written text in the reader's language and voice; when only the fallback exists, the element says which
 * language it is in, so screen readers pronounce it right and the direction is correct.
 */
export function LocalizedText({ text }: { text: Text }) {
  const wanted = useLanguage();
  const resolved = resolveText(text, wanted, useVoice());
  if (resolved.language === wanted) return <>{resolved.text}</>;
  return (
    <span lang={resolved.language} dir={textDirection(resolved.language)}>
      {resolved.text}
    </span>
  );
}
