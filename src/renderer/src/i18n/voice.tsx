import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from '@shared/i18n/i18n-setup';
import { resolveText } from '@shared/i18n/resolve-text';
import type { LocalizedText } from '@shared/schemas/localized-text';
import { withVoice, type Voice } from '@shared/i18n/voice';
import { useLanguage } from './use-language';

const VoiceContext = createContext<Voice>('self');

/** Sets how the walkthrough speaks of the patient (src/shared/i18n/voice.ts); the clinic area is outside it. */
export function VoiceProvider({ voice, children }: { voice: Voice; children: ReactNode }) {
  return <VoiceContext.Provider value={voice}>{children}</VoiceContext.Provider>;
}

/** `useTranslation`'s `t`, in the voice of whoever is filling the walkthrough in. */
export function useVoicedTranslation(): { t: Translate } {
  const { t } = useTranslation();
  const voice = useContext(VoiceContext);
  return useMemo(() => ({ t: withVoice(t, voice) }), [t, voice]);
}

/** The voice the walkthrough speaks in; "self" outside it (the clinic area). */
export function useVoice(): Voice {
  return useContext(VoiceContext);
}

/** Clinic-written text as the reader should see it: their language, and their voice where the text has it. */
export function useText(): (text: LocalizedText) => string {
  const language = useLanguage();
  const voice = useVoice();
  return useCallback(
    (text: LocalizedText) => resolveText(text, language, voice).text,
    [language, voice],
  );
}
