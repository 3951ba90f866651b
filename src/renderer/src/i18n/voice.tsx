import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from '../../../shared/i18n-setup';
import { withVoice, type Voice } from '../../../shared/voice';

const VoiceContext = createContext<Voice>('self');

/** Sets how the walkthrough speaks of the patient (src/shared/voice.ts); the clinic area is outside it. */
export function VoiceProvider({ voice, children }: { voice: Voice; children: ReactNode }) {
  return <VoiceContext.Provider value={voice}>{children}</VoiceContext.Provider>;
}

/** `useTranslation`'s `t`, in the voice of whoever is filling the walkthrough in. */
export function useVoicedTranslation(): { t: Translate } {
  const { t } = useTranslation();
  const voice = useContext(VoiceContext);
  return useMemo(() => ({ t: withVoice(t, voice) }), [t, voice]);
}
