import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { FALLBACK_LANGUAGE } from '@shared/i18n/languages';
import { call } from './api/client';
import { App } from './app/App';
import { AppErrorBoundary } from './app/AppErrorBoundary';
import { replaceScreen, setScreen } from './app/screen';
import { ErrorMessage } from './components/ErrorMessage';
import { createRendererI18n, startLoadingLanguage } from './i18n/renderer-i18n';
import './styles.css';

const root = createRoot(document.getElementById('root') as HTMLElement);
// Each start draws a new app and error boundary, never one left failed from before.
let drawing = 0;

async function start() {
  try {
    // The fallback language's words are needed whatever the session's language is: they load from the start.
    startLoadingLanguage(FALLBACK_LANGUAGE);
    const sessionCall = call('getSession');
    // The session's language loads while the other answers are on their way.
    const i18nReady = sessionCall.then((session) => createRendererI18n(session.language));
    // Awaited below; this only keeps a failure before then from counting as unhandled.
    i18nReady.catch(() => undefined);
    // Only what the first screen shows is awaited; the app asks for the lessons and the glossary itself.
    const [startup, session, protocols, crisisLine] = await Promise.all([call('getStartupInfo'), sessionCall, call('listProtocols'), call('getCrisisLine')]);
    const i18n = await i18nReady;
    setScreen(root, (content) => (
      <StrictMode>
        <I18nextProvider i18n={i18n}>{content}</I18nextProvider>
      </StrictMode>
    ));
    // Trying again after a failure draws the app afresh from main's copy of the answers.
    drawing += 1;
    replaceScreen(
      <AppErrorBoundary key={drawing} kiosk={startup.persistence.mode === 'kiosk'} onTryAgain={() => void start()}>
        <App startup={startup} initialSession={session} protocols={protocols} initialCrisisLine={crisisLine} />
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

void start();
