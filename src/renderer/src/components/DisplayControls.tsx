import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Text sizes offered, up to 200% (WCAG 1.4.4); everything is sized in rem, so the whole page grows with it. */
const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
type TextSize = (typeof TEXT_SIZES)[number];
const BASE_PX = 20;

/**
 * Bigger text and a high-contrast look, for people who need them. They are display choices, not answers: they
 * are not saved, and a restart (or the next patient at a kiosk) starts from the usual look.
 */
export function DisplayControls() {
  const { t } = useTranslation();
  const [index, setIndex] = useState(0);
  const size: TextSize = TEXT_SIZES[index] ?? 100;
  const [contrast, setContrast] = useState(false);

  useEffect(() => {
    document.documentElement.style.fontSize = `${(BASE_PX * size) / 100}px`;
  }, [size]);
  useEffect(() => {
    document.documentElement.classList.toggle('high-contrast', contrast);
  }, [contrast]);

  return (
    <div className="display-controls">
      <span aria-live="polite">{t('display.textSize', { value: size })}</span>
      <button
        type="button"
        className="secondary"
        onClick={() => setIndex(index - 1)}
        disabled={index === 0}
      >
        {t('display.smaller')}
      </button>
      <button
        type="button"
        className="secondary"
        onClick={() => setIndex(index + 1)}
        disabled={index === TEXT_SIZES.length - 1}
      >
        {t('display.larger')}
      </button>
      <button
        type="button"
        className="secondary"
        aria-pressed={contrast}
        onClick={() => setContrast(!contrast)}
      >
        {t('display.highContrast')}
      </button>
    </div>
  );
}
