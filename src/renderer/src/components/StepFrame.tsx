import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface StepFrameProps {
  heading: string;
  current: number;
  total: number;
  children: ReactNode;
  onBack?: () => void;
  onNext?: () => void;
  nextLabel?: string;
}

/**
 * The frame every step shares: where you are, the step's heading (focused when the step opens, so screen
 * reader and keyboard users start at the top of the new step), and back/next.
 */
export function StepFrame({
  heading,
  current,
  total,
  children,
  onBack,
  onNext,
  nextLabel,
}: StepFrameProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [current]);
  return (
    <main className="step">
      <p className="progress">{t('progress', { current, total })}</p>
      <h1 ref={headingRef} tabIndex={-1}>
        {heading}
      </h1>
      {children}
      <nav className="step-nav" aria-label={t('nav.label')}>
        {onBack && (
          <button type="button" className="secondary" onClick={onBack}>
            {t('nav.back')}
          </button>
        )}
        {onNext && (
          <button type="button" className="primary" onClick={onNext}>
            {nextLabel ?? t('nav.next')}
          </button>
        )}
      </nav>
    </main>
  );
}
