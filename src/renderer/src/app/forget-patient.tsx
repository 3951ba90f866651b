import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { replaceScreen } from './screen';

/** Shown when main could not be asked to forget the patient: it names no one and asks for help. */
function PatientNotForgotten({ kiosk }: { kiosk: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="app">
      <main className="step">
        <h1>{t('appName')}</h1>
        <p className="error" role="alert">
          {t(kiosk ? 'sessionEnd.incompleteKiosk' : 'sessionEnd.incompleteHome')}
        </p>
      </main>
    </div>
  );
}

/** Takes the app off the screen at once, with everything it holds in memory, while main forgets the patient. */
export function takeOffScreen(): void {
  replaceScreen(<div className="app" aria-busy="true" />);
}

/**
 * Forgets the patient and starts over: the app is taken off the screen at once, so nothing of the patient stays in view whatever
 * happens next; then main forgets the patient (answers, clinician mode, the page's storage and caches) and reloads
 * the page itself. The page never reloads itself: the navigation guards cancel that, as in Electron.
 */
export async function forgetPatient(kiosk: boolean): Promise<void> {
  takeOffScreen();
  try {
    await call('forgetPatient');
  } catch {
    replaceScreen(<PatientNotForgotten kiosk={kiosk} />);
  }
}
