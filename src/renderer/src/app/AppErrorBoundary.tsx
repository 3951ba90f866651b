import { Component, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useActivityReports } from '../kiosk/use-activity-reports';
import { forgetPatient } from './forget-patient';

interface BrokenScreenProps {
  kiosk: boolean;
  onTryAgain: () => void;
}

/**
 * What shows when a part of the app failed to draw: it names no one, keeps the answers (main has them), and never
 * leaves a dead end. In a kiosk the patient can also finish, and main still erases them at its idle deadline (this
 * screen only reports touches), so a broken page never keeps one patient's answers for the next person.
 */
function BrokenScreen({ kiosk, onTryAgain }: BrokenScreenProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useActivityReports(kiosk);
  return (
    <div className="app">
      <main className="step">
        <h1 ref={heading} tabIndex={-1}>
          {t('broken.heading')}
        </h1>
        <p role="alert">{t(kiosk ? 'broken.textKiosk' : 'broken.text')}</p>
        <div className="actions">
          <button type="button" className="primary big" onClick={onTryAgain}>
            {t('broken.tryAgain')}
          </button>
          {kiosk && (
            <button
              type="button"
              className="secondary danger"
              onClick={() => void forgetPatient(true)}
            >
              {t('kiosk.finish')}
            </button>
          )}
        </div>
      </main>
    </div>
  );
}

interface AppErrorBoundaryProps extends BrokenScreenProps {
  children: ReactNode;
}

/** Catches a failure while drawing the app, so the window never goes blank (a blank kiosk helps no one). */
export class AppErrorBoundary extends Component<AppErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    // The page's console only: the message of a drawing failure never carries an answer.
    console.error(
      'the app failed to draw',
      error instanceof Error ? error.message : 'unknown error',
    );
  }

  override render() {
    const { kiosk, onTryAgain, children } = this.props;
    return this.state.failed ? <BrokenScreen kiosk={kiosk} onTryAgain={onTryAgain} /> : children;
  }
}
