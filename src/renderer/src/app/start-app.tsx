import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { FALLBACK_LANGUAGE } from '@shared/i18n/languages';
import { ErrorMessage } from '../components/ErrorMessage';
import { createRendererI18n } from '../i18n/renderer-i18n';
import { App } from './App';
import { AppErrorBoundary } from './AppErrorBoundary';
import { askFirstAnswers, type FirstAnswers } from './first-answers';
import { preloadLaterScreens } from './lazy-screens';
import { replaceScreen, setScreen } from './screen';

const root = createRoot(document.getElementById('root') as HTMLElement);
// Each start draws a new app and error boundary, never one left failed from before.
let drawing = 0;

/** Loads the code of the screens after the first (see lazy-screens.tsx) once the first screen is painted. */
function PreloadLaterScreens() {
  // The next frame is the first screen's paint; the task after it is no part of the start.
  useEffect(() => void requestAnimationFrame(() => setTimeout(preloadLaterScreens, 0)), []);
  return null;
}

/** Draws the app from main's answers (asked afresh when none are given), or what went wrong. */
export async function startApp(answers: Promise<FirstAnswers> = askFirstAnswers()): Promise<void> {
  try {
    const { startup, session, protocols, crisisLine } = await answers;
    const i18n = await createRendererI18n(session.language);
    setScreen(root, (content) => (
      <StrictMode>
        <I18nextProvider i18n={i18n}>{content}</I18nextProvider>
      </StrictMode>
    ));
    // Trying again after a failure draws the app afresh from main's copy of the answers.
    drawing += 1;
    replaceScreen(
      <AppErrorBoundary
        key={drawing}
        kiosk={startup.persistence.mode === 'kiosk'}
        onTryAgain={() => void startApp()}
      >
        <App
          startup={startup}
          initialSession={session}
          protocols={protocols}
          initialCrisisLine={crisisLine}
        />
        <PreloadLaterScreens />
      </AppErrorBoundary>,
    );
  } catch (error) {
    const i18n = await createRendererI18n(FALLBACK_LANGUAGE);
    root.render(
      <I18nextProvider i18n={i18n}>
        <main className="step">
          <ErrorMessage error={error} />
        </main>
      </I18nextProvider>,
    );
  }
}
