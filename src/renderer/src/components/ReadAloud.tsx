import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/i18n/languages';

/** The page's speech synthesis: the DOM's types promise it, but not every Chromium build has one. */
const speechSynthesisOf = (): SpeechSynthesis | undefined =>
  'speechSynthesis' in window ? window.speechSynthesis : undefined;

/**
 * The system's own voices for a language. Voices that say they are not local would send the text away, so they
 * are never used: patient data never leaves the machine.
 */
function localVoices(language: Language): SpeechSynthesisVoice[] {
  return (speechSynthesisOf()?.getVoices() ?? []).filter(
    (voice) => voice.localService && voice.lang.toLowerCase().split(/[-_]/)[0] === language,
  );
}

/** The voices, kept up to date: many systems list theirs only a moment after the page opens. */
function useVoices(language: Language): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState(() => localVoices(language));
  useEffect(() => {
    const synth = speechSynthesisOf();
    if (!synth) return;
    const update = () => setVoices(localVoices(language));
    update();
    synth.addEventListener('voiceschanged', update);
    return () => synth.removeEventListener('voiceschanged', update);
  }, [language]);
  return voices;
}

/**
 * Reads a lesson aloud with the computer's own voices. Shown only where the system has a voice for the language;
 * reading stops when the lesson changes or the button is pressed again.
 */
export function ReadAloud({ texts, language }: { texts: readonly string[]; language: Language }) {
  const { t } = useTranslation();
  const voices = useVoices(language);
  const [speaking, setSpeaking] = useState(false);
  const [voice] = voices;
  const key = texts.join('\n');
  useEffect(
    () => () => {
      speechSynthesisOf()?.cancel();
    },
    [key],
  );
  if (!voice) return null;

  const toggle = () => {
    const synth = window.speechSynthesis;
    synth.cancel();
    if (speaking) {
      setSpeaking(false);
      return;
    }
    texts.forEach((text, index) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      // Slower than the default: people may be unwell or listening in a second language.
      utterance.rate = 0.9;
      if (index === texts.length - 1) utterance.onend = () => setSpeaking(false);
      synth.speak(utterance);
    });
    setSpeaking(true);
  };

  return (
    <button type="button" className="secondary read-aloud" onClick={toggle}>
      {speaking ? t('learn.stopReading') : t('learn.readAloud')}
    </button>
  );
}
